"""One module per fixture plan; see corpus/build.py."""
