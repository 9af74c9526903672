"""The evaluation suite: run the written cases against the bot and score them (`python -m evals`)."""
