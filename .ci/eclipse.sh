#!/usr/bin/env bash
# The Eclipse build (docs/eclipse.md): from the plain Maven jars to a p2 update site, tested inside
# Equinox, then consumed by a second Tycho build that has the site as its only target location.
# Run after `./mvnw verify` (it packages the language bundles itself when they are missing or older
# than their sources).
# Never installs into ~/.m2: the plans bundles reach Tycho as a directory of jars.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mvn=("$root/mvnw" -B -ntp)
started=$(date +%s)

jars=(org.plans.dsl/target/org.plans.dsl-0.1.0-SNAPSHOT.jar org.plans.dsl.ide/target/org.plans.dsl.ide-0.1.0-SNAPSHOT.jar)
generators=org.plans.dsl.generators/target/org.plans.dsl.generators-0.1.0-SNAPSHOT.jar
stale() {  # a jar missing, or a source or pom of its modules newer than it
  [ ! -f "$1" ] && return 0
  [ -n "$(find pom.xml org.plans.dsl/pom.xml org.plans.dsl/src org.plans.dsl.ide/pom.xml org.plans.dsl.ide/src \
      org.plans.dsl.generators/pom.xml org.plans.dsl.generators/src -newer "$1" -print -quit 2>/dev/null)" ]
}
for jar in "${jars[@]}" "$generators"; do
  if stale "$jar"; then
    "${mvn[@]}" -q package -DskipTests -pl org.plans.dsl,org.plans.dsl.ide,org.plans.dsl.generators -am
    break
  fi
done
bundles=target/eclipse-bundles
rm -rf "$bundles" && mkdir -p "$bundles"
cp "${jars[@]}" "$bundles/"
# The editor bundle embeds the generators (not a bundle) for its plan preview (docs/eclipse.md).
mkdir -p eclipse/org.plans.dsl.eclipse.editor/lib
cp "$generators" eclipse/org.plans.dsl.eclipse.editor/lib/org.plans.dsl.generators.jar

# The workbench bundles of the editor need Java 21: Tycho runs on the Temurin JDK (docs/eclipse.md),
# whose jlink also makes the Java runtime of the Plans Workbench archive.
export JAVA_HOME="${PLANS_ECLIPSE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# The editor's UI tests run inside the workbench on a virtual display.
eval "$(.ci/deps/xvfb-start.sh)"
trap '.ci/deps/xvfb-stop.sh "$XVFB_PID"' EXIT
"${mvn[@]}" -f eclipse/pom.xml clean verify
site="$root/eclipse/org.plans.dsl.repository/target/repository"
echo "update site: $site"

# nothing from the Tycho metadata of the local Maven repository: the site alone
"${mvn[@]}" -f eclipse/consumer/pom.xml clean verify -Dplans.site="$site" -Dtycho.localArtifacts=ignore

# the Plans Workbench archive, started under Xvfb with its own Java runtime; a screenshot
bash .ci/workbench-start.sh

echo "eclipse build took $(( $(date +%s) - started )) s"
