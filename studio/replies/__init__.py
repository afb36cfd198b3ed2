"""Replies in chat: what the shop tells a buyer after a buy comment, paced to each platform's limits."""
