"""The Products dock: the catalog as a tree of products and their variants, searched as you
type, edited in place, pinned on stream, with flash sales and pictures fetched in the background."""
