#!/bin/sh
# Starts the Plans Workbench (macOS; double-click in the Finder or run in a terminal). No Java runtime
# is bundled for macOS: it needs Java 21 or later ($JAVA_HOME, or java on the PATH). Options as in
# the Linux script: --open FILE, -data DIR, PLANS_JAVA_OPTS.
here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/jre/bin/java" ]; then java="$here/jre/bin/java"
elif [ -n "$JAVA_HOME" ]; then java="$JAVA_HOME/bin/java"
elif [ -x /usr/libexec/java_home ]; then java="$(/usr/libexec/java_home -v 21+)/bin/java"
else java=java; fi
open=""
if [ "$1" = "--open" ] && [ -n "$2" ]; then open="-Dplans.open=$2"; shift 2; fi
for launcher in "$here"/plugins/org.eclipse.equinox.launcher_*.jar; do :; done
# shellcheck disable=SC2086
exec "$java" -XstartOnFirstThread -Xmx1g $PLANS_JAVA_OPTS ${open:+"$open"} \
  -jar "$launcher" -configuration "$here/configuration" "$@"
