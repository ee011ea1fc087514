"""The dashboard's panes, one widget a file."""
