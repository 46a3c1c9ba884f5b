#!/bin/sh
# Installs Redmine 5 from Debian with its SQLite database (idempotent; fast no-op when installed).
# Needs root and Debian apt. Used by the Redmine sync integration test (org.plans.dsl.tests).
set -eu
if dpkg-query -W -f='${Status}\n' redmine redmine-sqlite curl 2>/dev/null | grep -c "install ok installed" | grep -qx 3 \
   && [ -f /etc/redmine/default/database.yml ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
# dbconfig-common: let it create the SQLite database for the "default" instance without asking.
cat <<'SEL' | debconf-set-selections
redmine redmine/instances/default/dbconfig-install boolean true
redmine redmine/instances/default/database-type select sqlite3
redmine redmine/instances/default/db/basepath string /var/lib/dbconfig-common/sqlite3/redmine/instances/default
redmine redmine/instances/default/db/dbname string redmine_default
SEL
apt-get update -qq
apt-get install -y -qq --no-install-recommends redmine redmine-sqlite curl >/dev/null
test -f /etc/redmine/default/database.yml
