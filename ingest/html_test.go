package ingest

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// page builds a news page with the usual boilerplate around paras.
func page(head, url string, paras ...string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="it-IT"><head><meta charset="utf-8">` + head + `</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politica">Politica</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner">Questo sito usa cookie tecnici e di profilazione. Accetta tutti</div>
<main><article><h1>Il ministro annuncia il piano</h1>`)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</article>
<aside class="related"><h3>Leggi anche</h3><ul><li><a href="/x">Altro articolo su tutt'altro</a></li><li><a href="/y">Ancora un titolo</a></li></ul></aside>
<section id="comments" class="comments"><div class="comment">Commento di un lettore arrabbiato che scrive molte parole inutili.</div></section>
</main><footer>© 2024 Giornale Esempio S.p.A. - P.IVA 01234567890</footer></body></html>`)
	return b.String()
}

var paras = []string{
	"Il ministro degli Esteri ha annunciato ieri a Roma un piano di aiuti per le regioni colpite dalle alluvioni del mese scorso, con uno stanziamento di due miliardi di euro.",
	"Secondo il ministero, i fondi saranno distribuiti entro la fine dell'anno ai comuni che hanno presentato domanda, con priorità alle aree dove le famiglie sono ancora sfollate.",
	"Le opposizioni hanno criticato il ritardo dell'intervento, ricordando che le prime richieste di aiuto erano arrivate già all'inizio di maggio dai sindaci della zona.",
}

func TestExtractHTMLArticleAndMetadata(t *testing.T) {
	head := `<title>Il ministro annuncia il piano | Giornale Esempio</title>
<meta property="og:title" content="Il ministro annuncia il piano">
<link rel="canonical" href="/2024/05/20/piano-aiuti">
<meta property="og:url" content="https://other.example/ignored">
<meta property="article:published_time" content="2024-05-21T08:30:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-05-19T10:00:00Z"}</script>`
	d, warns, err := ExtractHTML([]byte(page(head, "", paras...)), "https://www.giornale.example/a?utm=1", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("warnings %v", warns)
	}
	if d.Title != "Il ministro annuncia il piano" {
		t.Errorf("title %q", d.Title)
	}
	if d.URL != "https://www.giornale.example/2024/05/20/piano-aiuti" {
		t.Errorf("canonical URL %q", d.URL)
	}
	if d.Date != "2024-05-21" {
		t.Errorf("date %q, want the article:published_time day", d.Date)
	}
	if d.Lang != "it" || d.Source != "giornale.example" {
		t.Errorf("lang %q source %q", d.Lang, d.Source)
	}
	for _, p := range paras {
		if !strings.Contains(d.Text, p) {
			t.Errorf("article paragraph missing: %q\ntext: %s", p[:40], d.Text)
		}
	}
	for _, junk := range []string{"Politica", "cookie", "Leggi anche", "lettore arrabbiato", "P.IVA"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("boilerplate %q leaked into the text:\n%s", junk, d.Text)
		}
	}
	if !strings.HasPrefix(d.Text, d.Title+"\n\n") {
		t.Errorf("text does not start with the title: %q", d.Text[:60])
	}
}

func TestPageDateOrderOfTrust(t *testing.T) {
	cases := []struct{ name, head, body, url, want string }{
		{"json-ld", `<script type="application/ld+json">[{"@type":"WebPage"},{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T10:00:00Z"}]}]</script>`,
			`<time datetime="2020-01-01">1 gennaio</time>`, "https://x.example/2019/05/05/a", "2023-11-02"},
		{"time", ``, `<p>prima</p><time datetime="2022-07-14T09:00">14 luglio</time>`, "https://x.example/2019/05/05/a", "2022-07-14"},
		{"time pubdate first", ``, `<time datetime="2021-01-01">x</time><time pubdate datetime="2022-02-02">y</time>`, "", "2022-02-02"},
		{"url day", ``, ``, "https://x.example/news/2019/05/06/a.html", "2019-05-06"},
		{"url packed", ``, ``, "https://x.example/news/20190507/a.html", "2019-05-07"},
		{"url month", ``, ``, "https://x.example/2019/08/titolo", "2019-08"},
		{"none", ``, ``, "https://x.example/titolo", ""},
		{"bad meta falls through", `<meta property="article:published_time" content="ieri">`, `<time datetime="2018-03-04">x</time>`, "", "2018-03-04"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := `<html><head>` + c.head + `</head><body><article><p>` + paras[0] + `</p><p>` + paras[1] + `</p>` + c.body + `</article></body></html>`
			d, _, err := ExtractHTML([]byte(src), c.url, "")
			if err != nil {
				t.Fatal(err)
			}
			if d.Date != c.want {
				t.Errorf("date %q, want %q", d.Date, c.want)
			}
		})
	}
}

func TestDeclaredLanguage(t *testing.T) {
	for decl, want := range map[string]string{"en-GB": "en", "ru": "ru", "pt-BR": "", "": "", "DE_de": "de"} {
		src := `<html lang="` + decl + `"><body><p>` + paras[0] + `</p></body></html>`
		d, _, err := ExtractHTML([]byte(src), "", "")
		if err != nil {
			t.Fatal(err)
		}
		if d.Lang != want {
			t.Errorf("lang=%q: got %q, want %q", decl, d.Lang, want)
		}
	}
}

func TestHTMLCharsets(t *testing.T) {
	text := "Perché la città è già così: l'università dà più fondi."
	latin, err := charmap.Windows1252.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	// Declared in a meta tag.
	src := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><article><p>` + latin + `</p></article></body></html>`
	d, warns, err := ExtractHTML([]byte(src), "", "")
	if err != nil || !strings.Contains(d.Text, text) || len(warns) > 0 {
		t.Errorf("meta charset: %q %v %v", d.Text, warns, err)
	}
	// Declared only in the HTTP header.
	src = `<html><body><article><p>` + latin + `</p></article></body></html>`
	d, _, err = ExtractHTML([]byte(src), "", "text/html; charset=windows-1252")
	if err != nil || !strings.Contains(d.Text, text) {
		t.Errorf("header charset: %q %v", d.Text, err)
	}
	// UTF-8 declared and used.
	d, _, err = ExtractHTML([]byte(`<html><head><meta charset="utf-8"></head><body><p>`+text+`</p></body></html>`), "", "")
	if err != nil || !strings.Contains(d.Text, text) {
		t.Errorf("utf-8: %q %v", d.Text, err)
	}
}

func TestHTMLFormatInReadStream(t *testing.T) {
	var items []Item
	src := page(`<title>Titolo</title>`, "", paras...)
	err := ReadStream("pagina.html", strings.NewReader(src), Options{Date: "2000-01-01"}, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil || len(items) != 1 || items[0].Err != nil {
		t.Fatalf("%v %+v", err, items)
	}
	d := items[0].Doc
	if d.ID == "" || d.ID[0] != 't' || d.Date != "2000-01-01" || d.URL != "" {
		t.Errorf("doc %+v", d)
	}
	// Sniffed without the extension; plain text that mentions <html> is not HTML.
	if !sniffHTML("x", []byte("\n<!DOCTYPE html>\n<html>")) || sniffHTML("x.txt", []byte("date 2024-01-01 a page about <html> tags")) {
		t.Error("sniff")
	}
	// A page with no text fails alone.
	items = nil
	ReadStream("empty.html", strings.NewReader("<html><body><nav></nav></body></html>"), Options{}, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if len(items) != 1 || items[0].Err == nil {
		t.Errorf("empty page: %+v", items)
	}
}

func TestHTMLText(t *testing.T) {
	got := HTMLText(`<p>Uno &amp; due</p><p>Tre<br>quattro</p><script>x()</script>`)
	if got != "Uno & due\n\nTre\nquattro" {
		t.Errorf("%q", got)
	}
	if HTMLText("plain  text") != "plain text" {
		t.Error("plain")
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(page(`<title>t</title>`, "", paras...)))
	f.Add([]byte(`<html lang="en"><head><script type="application/ld+json">{"datePublished":</script><meta charset="koi8-r"></head><body><time>`))
	f.Add([]byte("<html><body><table><tr><td>a<td>b</table><p>x</p>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, _, err := ExtractHTML(b, "https://example.org/2024/01/02/a", "")
		if err == nil && d.Text == "" {
			t.Error("no error and no text")
		}
		if err == nil && !bytes.Equal([]byte(d.Text), bytes.ToValidUTF8([]byte(d.Text), nil)) {
			t.Error("invalid UTF-8 in text")
		}
	})
}

func TestHeadlineHandling(t *testing.T) {
	if got := dropHeadline("MOBILITÀ\nNuove tariffe dal primo luglio\n25/06/2024\n\nTesto.", "Nuove tariffe dal primo luglio"); got != "MOBILITÀ\n25/06/2024\n\nTesto." {
		t.Errorf("dropHeadline: %q", got)
	}
	if got := dropHeadline("Testo senza titolo ripetuto.", "Titolo"); got != "Testo senza titolo ripetuto." {
		t.Errorf("dropHeadline kept: %q", got)
	}
	if got := headlineInBody("Notizie dal Comune - Nuove tariffe per gli abbonamenti", "x\nNuove tariffe per gli abbonamenti\ny"); got != "Nuove tariffe per gli abbonamenti" {
		t.Errorf("headlineInBody: %q", got)
	}
	if got := headlineInBody("Titolo | Sito", "nulla in comune"); got != "Titolo | Sito" {
		t.Errorf("headlineInBody without a match: %q", got)
	}
}
