"""Table models over the services: an id list from a query plus a lazy row cache."""
