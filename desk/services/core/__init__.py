"""The foundation every domain builds on: staff and sign-in, sessions and permissions, privacy, the audit trail, shifts."""
