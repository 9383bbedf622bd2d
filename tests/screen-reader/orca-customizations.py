# Orca's settings for the tests, loaded by Orca from its settings folder (session.sh copies it
# there) before it starts.
import orca.debug
import orca.settings

# Orca ends itself with SIGKILL when its initialisation (settings, speech, braille, scripts)
# takes more than `timeoutTime` seconds (10), which a busy 2-core machine can take; and its
# debug file is written through a buffer, so a SIGKILL loses the file's last lines (earlier
# tries here saw Orca killed right after "Launching version 43.1"). No hang check, and every
# line written as it comes, so the tests read speech as it is spoken.
orca.settings.timeoutTime = 0
if orca.debug.debugFile:
    orca.debug.debugFile.reconfigure(line_buffering=True)

# No speech server: Orca writes what it says to its debug file before it hands it to one, so
# the tests need none, and a speech-dispatcher that cannot start (no sound card) or waits to
# start would only slow Orca down.
orca.settings.speechServerFactory = None

# What is spoken is what the tests read: no echo of the keys they press, and no reading of the
# whole page or its summary on load (which would race the widget's own rendering).
orca.settings.enableKeyEcho = False
orca.settings.sayAllOnLoad = False
orca.settings.pageSummaryOnLoad = False
