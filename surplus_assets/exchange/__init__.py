"""Spreadsheets in and out: the .xlsx template, the import pipeline and the .xlsx exports.

The import is a pipeline the GUI wizard drives step by step (spreadsheet_import.py): open and
check the file, detect each sheet's header, guess the column mapping (editable, remembered),
preview, validate every row, then commit all rows in one transaction or none.
"""
