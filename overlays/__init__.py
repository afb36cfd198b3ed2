"""Graphics drawn over video from plain view data, rendered to premultiplied BGRA images."""
