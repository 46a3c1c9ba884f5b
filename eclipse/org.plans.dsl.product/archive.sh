#!/usr/bin/env bash
# Archives the materialized Plans Workbench (target/products/<id>/<os>/<ws>/<arch>) for each platform:
# the start scripts of launch/ at the top, and for Linux x86_64 a Java runtime made with jlink from
# the JDK running the build (a jlink runtime is made of the running JDK's own modules, so only the
# build machine's platform can get one). Writes target/products/plans-workbench-<os>.<ws>.<arch>.{tar.gz,zip}.
set -euo pipefail
target="$1"
here="$(cd "$(dirname "$0")" && pwd)"
products="$target/products"
product="$products/org.plans.dsl.workbench.product"
# the modules the workbench, Xtext and the plans bundles use (jdeps cannot see reflective and
# service-loader use, so this is a tested list: the start test runs the Linux archive on it)
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.unsupported,jdk.xml.dom,jdk.zipfs,jdk.charsets,jdk.net,jdk.management,jdk.security.auth,jdk.jsobject,jdk.accessibility
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
host_os=$(uname -s); host_arch=$(uname -m)

for dir in "$product"/*/*/*; do
  arch=$(basename "$dir"); ws=$(basename "$(dirname "$dir")"); os=$(basename "$(dirname "$(dirname "$dir")")")
  # macOS: Tycho lays the product out as an app bundle, useless without the native launcher
  content="$dir"; [ -d "$dir/Eclipse.app/Contents/Eclipse" ] && content="$dir/Eclipse.app/Contents/Eclipse"
  [ -d "$content/plugins" ] || continue
  stage="$products/stage-$os.$ws.$arch/plans-workbench"
  rm -rf "$(dirname "$stage")" && mkdir -p "$stage"
  cp -a "$content"/. "$stage"/
  rm -f "$stage/eclipse.ini" "$stage/Eclipse.app"  # read by the native launcher only
  case "$os" in
    linux)
      install -m 755 "$here/launch/plans-workbench" "$stage/plans-workbench"
      if [ "$host_os" = Linux ] && [ "$host_arch" = "$arch" ]; then
        "$java_home/bin/jlink" --add-modules "$modules" --output "$stage/jre" \
          --strip-debug --no-header-files --no-man-pages --compress=zip-6
      fi
      ;;
    win32) install -m 644 "$here/launch/plans-workbench.cmd" "$stage/plans-workbench.cmd" ;;
    macosx) install -m 755 "$here/launch/plans-workbench.command" "$stage/plans-workbench.command" ;;
  esac
  name="plans-workbench-$os.$ws.$arch"
  rm -f "$products/$name.tar.gz" "$products/$name.zip"
  if [ "$os" = win32 ]; then
    "$java_home/bin/jar" cfM "$products/$name.zip" -C "$(dirname "$stage")" plans-workbench
  else
    tar -C "$(dirname "$stage")" -czf "$products/$name.tar.gz" plans-workbench
  fi
  rm -rf "$(dirname "$stage")"
  echo "archive: $products/$name.$([ "$os" = win32 ] && echo zip || echo tar.gz) ($(du -h "$products/$name".* | cut -f1))"
done
