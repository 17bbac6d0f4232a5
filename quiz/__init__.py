"""Evidence Quiz: media-literacy quizzes on real news articles."""

__version__ = "0.1.0"
