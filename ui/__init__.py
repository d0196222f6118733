"""The web app's handlers, rendering and shared state (used by app.py only)."""
