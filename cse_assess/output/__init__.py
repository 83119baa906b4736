"""What every writer of a file shares: text made inert for its format, deterministic archives.

The layer sits under the renderers and the offline forms (both write workbooks) and over the
engine: :mod:`cse_assess.output.text` makes text from banks and assessments safe to show
(control and bidirectional characters made visible, spreadsheet formulas neutralised, JSON
without NaN), :mod:`cse_assess.output.xlsx` is the one XLSX writer (same input, same bytes) and
:mod:`cse_assess.output.archive` rewrites a ZIP archive without the clock. None of them imports
openpyxl or python-docx at module level.
"""
