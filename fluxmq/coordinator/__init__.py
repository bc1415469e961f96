"""Transport-free coordinators shared by the broker and the embedded client."""
