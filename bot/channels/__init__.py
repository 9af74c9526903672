"""Chat connectors (Matrix, Discord): platform events in, core replies out.

Each connector is its own module and calls the same `Bot` the HTTP API calls; the core
never imports anything from here. What the connectors share lives beside them:
`commands` (what a message asks for), `responder` (rate limit, history, the call into
the core) and `bot.render` (how a reply reads).
"""
