"""Voice CRM client: Textual dashboard, bot core, local and Gemini Live engines, and the crm-bot CLI."""
