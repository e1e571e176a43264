#!/usr/bin/env bash
# Package-time start-up aid for Java 25 and newer (JEP 483/514/515): runs the launcher's training
# (dev.autogen.cli.LauncherPreparation) once on the newest JDK 25+ it finds, with -XX:AOTCacheOutput,
# so that ./autogen, when it runs on that JDK, maps the classes autogen loads already parsed, linked
# and profiled (target/autogen.aot), and two smaller ones: for the graph commands
# (target/autogen-graph.aot) and for commands with nothing to compile or boot (autogen-light.aot). The JDK used is written beside it (autogen.aot.java): an AOT
# cache only serves the JVM build that made it, so the launcher uses it only with that java.
# No JDK 25 or newer: nothing is built, and Java 17 to 24 use the class-data sharing archive.
# Arguments: the build folder (target), the sample entity classes.
set -u
target="$1"
entities="$2"

java_version() {
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  v=${v#1.}
  echo "${v%%[^0-9]*}"
}

best=""
best_version=0
for home in ${AUTOGEN_AOT_JAVA_HOME:-} ${JAVA_HOME:-} /usr/lib/jvm/*; do
  [ -x "$home/bin/java" ] && [ ! -L "$home" ] || continue
  v=$(java_version "$home")
  if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$best_version" ]; then
    best="$home"
    best_version=$v
  fi
done
rm -f "$target/autogen.aot" "$target/autogen.aot.java" "$target/autogen-graph.aot" "$target/autogen-light.aot"
if [ -z "$best" ]; then
  echo "aot-cache: no JDK 25 or newer found; ./autogen uses the class-data sharing archive"
  exit 0
fi
picocli=$(ls "$target"/lib/picocli-*.jar | head -n 1)
# An empty cache folder: with the entities' schema cached from an earlier build, the training would
# not boot Hibernate, and the cache would miss it.
rm -rf "$target/aot-training"
mkdir -p "$target/aot-training"
# The same flags and class path as the launcher passes, or the cache would not be used.
if AUTOGEN_CACHE_DIR="$target/aot-training/cache" "$best/bin/java" \
    -XX:AOTCacheOutput="$target/autogen.aot" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    "-Xbootclasspath/a:$picocli" --enable-native-access=ALL-UNNAMED -Xlog:aot=off -Xlog:cds=off \
    -cp "$target/autogen-cli.jar" dev.autogen.cli.LauncherPreparation "$target" "$entities" \
    > "$target/aot-training/training.log" 2>&1 && [ -f "$target/autogen.aot" ]; then
  echo "$best/bin/java" > "$target/autogen.aot.java"
  echo "aot-cache: built $target/autogen.aot with Java $best_version ($best)"
  # Two smaller caches, trained on the project the run above left: the graph commands' (history,
  # heads, current, branches, graph), and the light one, for check, upgrade, downgrade, stamp and
  # revision when nothing changed since their last run (no Hibernate, no javac). The launcher picks.
  for kind in graph light; do
    if AUTOGEN_CACHE_DIR="$target/aot-training/cache" "$best/bin/java" \
        -XX:AOTCacheOutput="$target/autogen-$kind.aot" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        "-Xbootclasspath/a:$picocli" --enable-native-access=ALL-UNNAMED -Xlog:aot=off -Xlog:cds=off \
        -cp "$target/autogen-cli.jar" dev.autogen.cli.LauncherPreparation "$target" "$entities" "$kind" \
        > "$target/aot-training/training-$kind.log" 2>&1 && [ -f "$target/autogen-$kind.aot" ]; then
      echo "aot-cache: built $target/autogen-$kind.aot"
    else
      rm -f "$target/autogen-$kind.aot"
      echo "aot-cache: training for autogen-$kind.aot failed (see $target/aot-training/training-$kind.log)"
    fi
  done
else
  rm -f "$target/autogen.aot"
  echo "aot-cache: training on $best failed (see $target/aot-training/training.log); no AOT cache"
fi
exit 0
