"""The Qt window: widgets, models, dialogs. Talks to data only through the services."""
