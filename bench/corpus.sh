# Sourced by the bench scripts: builds target/nianbao.jar and makes sure the generated corpus of $count reports
# (seed $seed) is in $corpus = target/bench/corpus-$count, generating it once and reusing it after.
mvn -B -q package -DskipTests
corpus=target/bench/corpus-$count
if [ ! -f "$corpus/manifest.json" ]; then
    rm -rf "$corpus"
    mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.nianbao.corpus.CorpusMain \
        -Dexec.args="--count $count --seed $seed --out $corpus"
fi
