package org.entente.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.FilterDirectory;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.entente.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {
  @TempDir Path tmp;

  static Document doc(String id, String file, String text) {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new StringField("file", file, Field.Store.YES));
    d.add(new TextField("text", text, Field.Store.YES));
    return d;
  }

  static int count(LuceneIndex index, String field, String value) {
    return index.search(s -> s.count(new TermQuery(new Term(field, value))));
  }

  LuceneIndex open() {
    return LuceneIndex.open(tmp.resolve("indexes/test"), TokenizerAnalyzer.matching(Language.FR));
  }

  @Test
  void aDurableWriteIsVisibleAtOnceAndSurvivesReopening() {
    try (LuceneIndex index = open()) {
      index.write(w -> w.addDocument(doc("1", "-", "Le Groupe des plans nucléaires")));
      assertThat(count(index, "text", "nucléaires")).isEqualTo(1);
    }
    try (LuceneIndex index = open()) {
      assertThat(index.numDocs()).isEqualTo(1);
      assertThat(count(index, "id", "1")).isEqualTo(1);
    }
  }

  @Test
  void aDurableWriteIsCommittedEvenIfTheIndexIsNeverClosed() throws IOException {
    LuceneIndex index = open();
    index.write(w -> w.addDocument(doc("1", "-", "Alliance")));
    // simulate a crash: read the directory with a fresh reader, without closing the writer
    try (var dir = org.apache.lucene.store.FSDirectory.open(index.path());
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      assertThat(reader.numDocs()).isEqualTo(1);
    }
    index.close();
  }

  @Test
  void aLazyWriteIsCommittedByTheNextCommitOrAtClose() throws IOException {
    LuceneIndex index = open();
    index.write(w -> w.addDocument(doc("1", "-", "Alliance")));
    index.writeLazily(w -> w.addDocument(doc("2", "-", "Alliance")));
    try (var dir = org.apache.lucene.store.FSDirectory.open(index.path());
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      assertThat(reader.numDocs()).isEqualTo(1);
    }
    index.close();
    try (LuceneIndex again = open()) {
      assertThat(again.numDocs()).isEqualTo(2);
    }
  }

  @Test
  void anImportAddsEverythingInOneCommitAndRecordsCommitData() {
    try (LuceneIndex index = open()) {
      int added = index.importAtomically(null, Map.of("file:a.tmx", "hash1"), sink -> {
        for (int i = 0; i < 100; i++) sink.add(doc("a" + i, "a.tmx", "phrase numéro " + i));
      });
      assertThat(added).isEqualTo(100);
      assertThat(count(index, "file", "a.tmx")).isEqualTo(100);
      assertThat(index.commitData()).containsEntry("file:a.tmx", "hash1");
    }
    try (LuceneIndex index = open()) {
      assertThat(index.commitData()).containsEntry("file:a.tmx", "hash1");
      assertThat(index.numDocs()).isEqualTo(100);
    }
  }

  @Test
  void aFailedImportLeavesNothingBehindNotEvenItsStagingFolder() throws IOException {
    try (LuceneIndex index = open()) {
      index.write(w -> w.addDocument(doc("keep", "other", "reste")));
      assertThatThrownBy(() -> index.importAtomically(new TermQuery(new Term("file", "other")),
          Map.of("file:b.tmx", "h"), sink -> {
            for (int i = 0; i < 50; i++) sink.add(doc("b" + i, "b.tmx", "texte"));
            throw new IOException("malformed at line 51");
          })).hasMessageContaining("line 51");
      assertThat(index.numDocs()).isEqualTo(1);
      assertThat(count(index, "id", "keep")).isEqualTo(1);
      assertThat(index.commitData()).doesNotContainKey("file:b.tmx");
    }
    try (Stream<Path> s = Files.list(tmp.resolve("indexes"))) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("test");
    }
  }

  @Test
  void anImportReplacesWhatItsFileImportedBefore() {
    try (LuceneIndex index = open()) {
      index.importAtomically(null, Map.of(), sink -> {
        for (int i = 0; i < 10; i++) sink.add(doc("a" + i, "a.tmx", "ancien"));
      });
      index.write(w -> w.addDocument(doc("x", "b.tmx", "autre")));
      index.importAtomically(new TermQuery(new Term("file", "a.tmx")), Map.of(), sink -> {
        for (int i = 0; i < 3; i++) sink.add(doc("a" + i, "a.tmx", "nouveau"));
      });
      assertThat(count(index, "file", "a.tmx")).isEqualTo(3);
      assertThat(count(index, "text", "ancien")).isZero();
      assertThat(count(index, "file", "b.tmx")).isEqualTo(1);
    }
  }

  @Test
  void readersNeverSeeAHalfImportedFile() throws Exception {
    try (LuceneIndex index = open()) {
      AtomicBoolean done = new AtomicBoolean();
      List<Integer> seen = new ArrayList<>();
      Thread reader = new Thread(() -> {
        while (!done.get()) {
          int n = index.numDocs();
          synchronized (seen) {
            seen.add(n);
          }
          Thread.yield();
        }
      });
      reader.start();
      for (int round = 0; round < 3; round++) {
        index.importAtomically(null, Map.of(), sink -> {
          for (int i = 0; i < 1_000; i++) sink.add(doc("d" + i, "f", "mot " + i));
        });
      }
      done.set(true);
      reader.join();
      synchronized (seen) {
        assertThat(seen).isNotEmpty().allMatch(n -> n % 1_000 == 0);
      }
      assertThat(index.numDocs()).isEqualTo(3_000);
    }
  }

  @Test
  void leftoverStagingFoldersOfACrashedImportAreRemovedAtOpen() throws IOException {
    Path leftover = tmp.resolve("indexes/test.staging-dead");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("_0.cfs"), "junk");
    try (LuceneIndex index = open()) {
      assertThat(index.numDocs()).isZero();
    }
    assertThat(leftover).doesNotExist();
  }

  @Test
  void openOnTheDataFolderUsesIndexesSlashName() {
    try (DataFolder data = DataFolder.open(tmp.resolve("data"), "test");
        LuceneIndex index = LuceneIndex.open(data, "memory", TokenizerAnalyzer.matching(Language.EN))) {
      assertThat(index.path()).isEqualTo(data.root().resolve("indexes/memory"));
      index.write(w -> w.addDocument(doc("1", "-", "x")));
      assertThat(index.sizeOnDisk()).isPositive();
    }
  }

  @Test
  void theAnalyzerGivesOurTokensNormalisedWithOffsetsIntoTheText() throws IOException {
    Analyzer a = TokenizerAnalyzer.matching(Language.FR);
    String text = "L’Alliance a 32 membres.";
    Map<String, String> terms = new HashMap<>();
    List<String> order = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        order.add(term.toString());
        terms.put(term.toString(), text.substring(off.startOffset(), off.endOffset()));
      }
      ts.end();
    }
    assertThat(order).containsExactly("l'", "alliance", "a", "32", "membres");
    assertThat(terms).containsEntry("l'", "L’").containsEntry("alliance", "Alliance");
  }

  @Test
  void aChangeThatFailsHalfWayIsRolledBackNotCommittedByTheNextWrite() {
    try (LuceneIndex index = open()) {
      assertThatThrownBy(() -> index.write(w -> {
        w.addDocument(doc("half", "-", "Alliance"));
        throw new IOException("disk full");
      })).hasMessageContaining("disk full");
      index.write(w -> w.addDocument(doc("next", "-", "Alliance")));
      assertThat(count(index, "id", "half")).isZero();
      assertThat(count(index, "id", "next")).isEqualTo(1);
    }
    try (LuceneIndex index = open()) {
      assertThat(count(index, "id", "half")).isZero();
      assertThat(index.numDocs()).isEqualTo(1);
    }
  }

  @Test
  void aFailedCommitIsRolledBackItsWriterToldAndTheIndexGoesOn() {
    AtomicBoolean diskFull = new AtomicBoolean();
    LuceneIndex.Options failing = LuceneIndex.Options.DEFAULT.withDirectory(d -> new FilterDirectory(d) {
      @Override
      public void sync(java.util.Collection<String> names) throws IOException {
        if (diskFull.get()) throw new IOException("no space left on device");
        super.sync(names);
      }
    });
    Path dir = tmp.resolve("indexes/failing");
    try (LuceneIndex index = LuceneIndex.open(dir, TokenizerAnalyzer.matching(Language.FR), failing)) {
      index.write(w -> w.addDocument(doc("before", "-", "Alliance")));
      diskFull.set(true);
      assertThatThrownBy(() -> index.write(w -> w.addDocument(doc("lost", "-", "Alliance"))))
          .hasMessageContaining("no space left on device").hasMessageContaining("rolled back");
      assertThat(count(index, "id", "lost")).isZero();
      diskFull.set(false);
      index.write(w -> w.addDocument(doc("after", "-", "Alliance")));
      assertThat(count(index, "id", "lost")).isZero();
      assertThat(count(index, "id", "after")).isEqualTo(1);
    }
    try (LuceneIndex index = LuceneIndex.open(dir, TokenizerAnalyzer.matching(Language.FR))) {
      assertThat(count(index, "id", "before")).isEqualTo(1);
      assertThat(count(index, "id", "lost")).isZero();
      assertThat(count(index, "id", "after")).isEqualTo(1);
    }
  }

  @Test
  void concurrentWritersShareCommitsAndEveryAcknowledgedWriteIsVisible() throws Exception {
    AtomicInteger commits = new AtomicInteger();
    LuceneIndex.Options counting = LuceneIndex.Options.DEFAULT.withDirectory(d -> new FilterDirectory(d) {
      @Override
      public void syncMetaData() throws IOException {
        commits.incrementAndGet();
        super.syncMetaData();
      }
    });
    int writers = 8;
    int each = 25;
    try (LuceneIndex index = LuceneIndex.open(tmp.resolve("indexes/group"), TokenizerAnalyzer.matching(Language.FR),
        counting)) {
      int before = commits.get();
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < writers; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < each; i++) {
            String id = thread + "-" + i;
            index.write(w -> w.addDocument(doc(id, "-", "Alliance")));
            assertThat(count(index, "id", id)).as("acknowledged %s", id).isEqualTo(1);
          }
          return null;
        }));
      }
      for (Future<?> f : done) f.get();
      pool.shutdown();
      assertThat(index.numDocs()).isEqualTo(writers * each);
      assertThat(commits.get() - before).as("commits for %d writes", writers * each).isLessThan(writers * each);
    }
  }
}
