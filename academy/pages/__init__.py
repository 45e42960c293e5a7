"""The CMS: page models, workshop sessions, blocks, search, the page cache, publishing."""
