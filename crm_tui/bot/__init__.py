"""Bot core: one place that validates entities, resolves leads, calls the CRM and builds the JSON result."""
