"""Data files shipped with Moovdesk (icons, web assets, gazetteer, translations): no code here."""
