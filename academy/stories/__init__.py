"""Most Significant Change: collection rounds, stories, and the panel\x27s selection."""
