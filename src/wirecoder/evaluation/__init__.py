"""wirecoder evaluates itself against gold data (``wirecoder eval``)."""
