"""Question packs to and from Moodle, both ways: GIFT text (gift.py) and Moodle XML
(moodle_xml.py), with what the two share in moodle.py.

The readers and writers follow Moodle's own code (question/format/gift/format.php and
question/format/xml/format.php): the same escapes, the same answer rules, and only the
grade percentages Moodle accepts. Standard library only, no Qt.

Our texts are plain text. GIFT questions are written with the `[plain]` marker, so Moodle
shows `<b>` as `<b>`; Moodle XML carries HTML, so texts are escaped and newlines become
`<br>`. Evidence travels in the general feedback as a line `In the article: “...”`.
"""
