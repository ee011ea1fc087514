"""Every failed worker is told by the App's one notice, whichever screen or pane started it.

Textual sends a worker's state changes to the node that started it (`work` on a screen or a widget) and
does not bubble them, so the App's `on_worker_state_changed` hears only its own workers. A screen or
pane that runs workers takes `TellsWorkerFailures` as its first base: its failed workers are handed up
to the App, which says in words what failed (`app.WORKER_WORDS`). A worker that deals with its own
failure (the lead detail says it on the screen) simply does not raise.
"""

from __future__ import annotations

from textual.message_pump import MessagePump
from textual.worker import Worker, WorkerState


class TellsWorkerFailures(MessagePump):
    """Hands this node's failed workers to the App's notice."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.app.post_message(Worker.StateChanged(event.worker, event.state))
