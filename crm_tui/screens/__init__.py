"""Screens pushed over the dashboard: a lead's detail and the key help."""
