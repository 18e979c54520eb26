"""Style sheet snippets shared by several widgets (kept free of heavy imports: the settings
page imports this while the application starts)."""

ERROR_STYLE = "color: #b3261e;"
