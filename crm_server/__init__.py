"""Voice CRM server: aiohttp HTTP API over SQLite with a CSV mirror and a change feed."""
