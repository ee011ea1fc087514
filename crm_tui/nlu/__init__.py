"""Understanding text without a model: phone numbers, dates, statuses, and the local engine's parser."""
