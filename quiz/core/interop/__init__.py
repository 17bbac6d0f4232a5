"""Question packs to and from an LMS: Moodle GIFT text (gift.py) and Moodle XML
(moodle_xml.py), with what the two share in moodle.py; IMS QTI 2.1 packages and items
(qti.py), which most other LMSs import; and Aiken (aiken.py), to import. What every export
shares, the article that travels with the questions and evidence questions as multiple
choice, is in portable.py; which reader takes which file, in question_files.py.

The Moodle readers and writers follow Moodle's own code (question/format/gift/format.php,
question/format/xml/format.php, question/format/aiken/format.php): the same escapes, the
same answer rules, and only the grade percentages Moodle accepts. Standard library only, no Qt.

Our texts are plain text. GIFT questions are written with the `[plain]` marker, so Moodle
shows `<b>` as `<b>`; Moodle XML and QTI carry HTML, so texts are escaped and newlines become
`<br>`. Evidence travels in the general feedback as a line `In the article: “...”`.
"""
