"""The native asyncio client (issue 7)."""
