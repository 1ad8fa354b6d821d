import Testing
@testable import ClaimGraph

struct PhraseMatcherTests {
    let segmenter = try! Segmenter()

    @Test func matchesPhrasesThatShareWords() {
        var matcher = PhraseMatcher()
        let indices = matcher.insert(["Morgan Stanley", "Morgan Stanley Group Inc", "J.P. Morgan", "Morgan"], segmenter: segmenter)
        #expect(indices == [0, 1, 2, 3])
        var document = Document(id: "m", text: "J.P. Morgan and Morgan Stanley Group Inc. and Morgan Stanley")
        segmenter.segment(&document)
        let ids = matcher.ids(in: document)
        var found = [Int32]()
        var index = 0
        while index < document.tokens.count {
            if let match = matcher.longestMatch(at: index, limit: document.tokens.count, ids: ids, in: document, checksCase: true) {
                found.append(match.phrase)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        #expect(found == [2, 1, 0])
    }

    @Test func foldedDuplicatesShareAnIndexAndKeepBothSpellings() {
        var matcher = PhraseMatcher()
        let indices = matcher.insert(["Llama", "LLaMA", ""], segmenter: segmenter)
        #expect(indices == [0, 0, nil])
        var document = Document(id: "m", text: "Llama LLaMA llama")
        segmenter.segment(&document)
        let ids = matcher.ids(in: document)
        let matched = (0..<3).map { matcher.longestMatch(at: $0, limit: 3, ids: ids, in: document, checksCase: true) != nil }
        #expect(matched == [true, true, false])
    }

    @Test func extendingMatcherKeysWordsTheVocabularyLacks() {
        var lexicon = PhraseMatcher()
        lexicon.insert(["Motor"], segmenter: segmenter)
        var document = Document(id: "m", text: "Ford Motor said. FORD MOTOR plan. Ford Motor's. Ford's")
        segmenter.segment(&document)
        let ids = lexicon.ids(in: document)
        var forms = PhraseMatcher(extending: lexicon.vocabulary.count)
        // "Ford" is not in the lexicon's vocabulary: its id is -1, and the forms key it themselves.
        #expect(ids.ids[0] == -1 && ids.ids[1] >= 0)
        let name = forms.insert([document.utf16[0..<4], document.utf16[5..<10]][...], ids: [ids.ids[0], ids.ids[1]][...])
        let surname = forms.insert([document.utf16[0..<4]][...], ids: [-1][...])
        #expect(forms.phrase(of: 0..<2, ids: ids, in: document) == name)
        let starts = document.tokens.indices.compactMap { index in
            forms.longestMatch(at: index, limit: document.tokens.count, ids: ids, in: document, checksCase: true).map { [index, Int($0.phrase)] }
        }
        // Capitals and a possessive ending match "Ford Motor"; the possessive "Ford's" matches "Ford".
        #expect(starts == [[0, Int(name)], [4, Int(name)], [8, Int(name)], [11, Int(surname)]])
    }
}
