"""What turns a stream into a shop: buy comments, orders, stock and waitlists."""
