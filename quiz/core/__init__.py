"""The Qt-free heart of Evidence Quiz: articles, facts, questions, packs, scoring, storage."""
