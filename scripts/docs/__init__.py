"""The published site: reference pages, spec artifacts and package wheels of every spec (`make docs`)."""
