"""水吧 screens. ``section.BarSection`` is the section; importing it (or ``desk.services.bar.stock``,
which ``desk.ui.app.build_main_window`` does at start-up) registers the handover check."""
