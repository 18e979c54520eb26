"""Pure rules of the users' world: no database, no Qt, no I/O."""
