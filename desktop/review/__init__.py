"""The county's review desk without Qt: collect township reports (.docx/.txt/.rdpkg), check and score them
against a rubric, write reviewed DOCX with comments, compare a revised report with the reviewed one."""
