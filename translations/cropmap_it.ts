<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>core::sampling</name>
    <message>
        <source>%1 takes auto, name or code, not &quot;%2&quot;</source>
        <translation>%1 accetta auto, name o code, non «%2»</translation>
    </message>
</context>
<context>
    <name>core::thematic</name>
    <message>
        <source>Cannot open legend &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire la legenda «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds neither a class list nor a legend with &quot;classes&quot;</source>
        <translation>«%1» non contiene né un elenco di classi né una legenda con «classes»</translation>
    </message>
    <message>
        <source>Legend &quot;%1&quot; has neither &quot;classes&quot; nor &quot;mapping&quot;</source>
        <translation>La legenda «%1» non ha né «classes» né «mapping»</translation>
    </message>
</context>
<context>
    <name>cropmap::app</name>
    <message>
        <source>Usage: cropmap &lt;command&gt; [options]

Crop-type maps from Sentinel-2 time series and farmers&apos; declarations.</source>
        <translation>Uso: cropmap &lt;comando&gt; [opzioni]

Mappe delle colture da serie temporali Sentinel-2 e dalle dichiarazioni degli agricoltori.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Run &apos;cropmap &lt;command&gt; --help&apos; for its options.</source>
        <translation>Esegui &apos;cropmap &lt;comando&gt; --help&apos; per le sue opzioni.</translation>
    </message>
    <message>
        <source>Run the whole method for a project file, skipping up-to-date steps</source>
        <translation>Esegui l’intero metodo per un file di progetto, saltando le fasi aggiornate</translation>
    </message>
    <message>
        <source>Rerun the seed&apos;s comparisons on a project: table1 (training area), table2 (LSTM vs baselines), table3 (cleaning rules)</source>
        <translation>Ripeti i confronti dello studio di partenza su un progetto: table1 (area di addestramento), table2 (LSTM contro baseline), table3 (regole di pulizia)</translation>
    </message>
    <message>
        <source>List the tiles, grids, acquisitions per month and bands of a Sentinel-2 archive</source>
        <translation>Elenca tile, griglie, acquisizioni per mese e bande di un archivio Sentinel-2</translation>
    </message>
    <message>
        <source>Monthly cloud-free median composites per tile (COGs, valid counts, a VRT stack)</source>
        <translation>Compositi mensili mediani senza nuvole per tile (COG, conteggi validi, una pila VRT)</translation>
    </message>
    <message>
        <source>Compare a class map with a reference raster and write the accuracy report (JSON, CSV, HTML)</source>
        <translation>Confronta una mappa delle classi con un raster di riferimento e scrivi il rapporto di accuratezza (JSON, CSV, HTML)</translation>
    </message>
    <message>
        <source>Generate a deterministic synthetic study area (tiles, clouds, parcels, truth)</source>
        <translation>Genera un’area di studio sintetica deterministica (tile, nuvole, particelle, verità)</translation>
    </message>
    <message>
        <source>Legend aggregation tables: list declared values (init), draft from a crop taxonomy (propose), print (show)</source>
        <translation>Tabelle di aggregazione della legenda: elenca i valori dichiarati (init), bozza da una tassonomia delle colture (propose), stampa (show)</translation>
    </message>
    <message>
        <source>Rasterize declared parcels onto a tile grid and erode parcel borders</source>
        <translation>Rasterizza le particelle dichiarate sulla griglia di una tile ed erodi i bordi delle particelle</translation>
    </message>
    <message>
        <source>Cut a tile into 10 × 10 patches assigned to train/validation/test</source>
        <translation>Dividi una tile in 10 × 10 patch assegnate ad addestramento/validazione/test</translation>
    </message>
    <message>
        <source>Draw the stratified weak training, validation and test sample sets</source>
        <translation>Estrai gli insiemi stratificati di campioni deboli di addestramento, validazione e test</translation>
    </message>
    <message>
        <source>Train a crop classifier (two stages, grid search, data-parallel)</source>
        <translation>Addestra un classificatore delle colture (due fasi, ricerca a griglia, parallelismo sui dati)</translation>
    </message>
    <message>
        <source>Print a model file&apos;s architecture, inputs, classes and training</source>
        <translation>Stampa architettura, input, classi e addestramento di un file di modello</translation>
    </message>
    <message>
        <source>Map whole tiles with a trained model: class and posterior maps</source>
        <translation>Mappa tile intere con un modello addestrato: mappe delle classi e delle probabilità a posteriori</translation>
    </message>
    <message>
        <source>Export sample sets as CSV tables and import CSV tables (date- or band-major) as sample sets</source>
        <translation>Esporta insiemi di campioni come tabelle CSV e importa tabelle CSV (per data o per banda) come insiemi di campioni</translation>
    </message>
    <message>
        <source>Train the random-forest baseline and evaluate it on labelled samples</source>
        <translation>Addestra la baseline random forest e valutala su campioni etichettati</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Cartella dell’archivio</translation>
    </message>
    <message>
        <source>Comma-separated bands to look for (default: the 10 Sentinel-2 bands B02…B12)</source>
        <translation>Bande da cercare, separate da virgole (predefinito: le 10 bande Sentinel-2 B02…B12)</translation>
    </message>
    <message>
        <source>Mask band: SCL (default), the name of an external mask band such as CLM, or none</source>
        <translation>Banda maschera: SCL (predefinito), il nome di una banda maschera esterna come CLM, oppure none</translation>
    </message>
    <message>
        <source>Only this tile (repeatable)</source>
        <translation>Solo questa tile (ripetibile)</translation>
    </message>
    <message>
        <source>inspect needs exactly one archive folder</source>
        <translation>inspect richiede esattamente una cartella di archivio</translation>
    </message>
    <message>
        <source>Sample set (.samples) to export</source>
        <translation>Insieme di campioni (.samples) da esportare</translation>
    </message>
    <message>
        <source>CSV file to write</source>
        <translation>File CSV da scrivere</translation>
    </message>
    <message>
        <source>Written value × scale = sample value (0.0001 writes reflectance × 10000; default 1)</source>
        <translation>Valore scritto × scala = valore del campione (0.0001 scrive la riflettanza × 10000; predefinito 1)</translation>
    </message>
    <message>
        <source>Name of the parcel-id column (default parcel; &apos;none&apos; leaves it out)</source>
        <translation>Nome della colonna dell’id della particella (predefinito parcel; &apos;none&apos; la omette)</translation>
    </message>
    <message>
        <source>Write no header row</source>
        <translation>Non scrivere la riga di intestazione</translation>
    </message>
    <message>
        <source>Write a sample set as a CSV table: label, parcel id and T × B values per row.</source>
        <translation>Scrivi un insieme di campioni come tabella CSV: etichetta, id della particella e T × B valori per riga.</translation>
    </message>
    <message>
        <source>samples export needs --samples and --out</source>
        <translation>samples export richiede --samples e --out</translation>
    </message>
    <message>
        <source>Wrote %1 samples (%2 steps × %3 bands) to %4</source>
        <translation>Scritti %1 campioni (%2 passi × %3 bande) in %4</translation>
    </message>
    <message>
        <source>canceled; no output was replaced</source>
        <translation>annullato; nessun output è stato sostituito</translation>
    </message>
    <message>
        <source>CSV sample table to read</source>
        <translation>Tabella CSV dei campioni da leggere</translation>
    </message>
    <message>
        <source>Sample set (.samples) to write</source>
        <translation>Insieme di campioni (.samples) da scrivere</translation>
    </message>
    <message>
        <source>Wrote %1 samples of %2 classes (%3 groups) to %4</source>
        <translation>Scritti %1 campioni di %2 classi (gruppi: %3) in %4</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>samples needs an action: export or import</source>
        <translation>samples richiede un’azione: export o import</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; of %2 is not one of the random forest&apos;s classes (%3)</source>
        <translation>La classe «%1» di %2 non è tra le classi della random forest (%3)</translation>
    </message>
    <message>
        <source>%1 labelled samples: OA %2 %, macro F1 %3, min F1 %4</source>
        <translation>%1 campioni etichettati: OA %2 %, F1 macro %3, F1 minimo %4</translation>
    </message>
    <message>
        <source>Training sample set (.samples)</source>
        <translation>Insieme di campioni di addestramento (.samples)</translation>
    </message>
    <message>
        <source>Model file to write</source>
        <translation>File di modello da scrivere</translation>
    </message>
    <message>
        <source>Number of trees (default %1)</source>
        <translation>Numero di alberi (predefinito %1)</translation>
    </message>
    <message>
        <source>Maximum tree depth; 0: unlimited (default)</source>
        <translation>Profondità massima degli alberi; 0: illimitata (predefinito)</translation>
    </message>
    <message>
        <source>Minimum samples per leaf (default %1)</source>
        <translation>Numero minimo di campioni per foglia (predefinito %1)</translation>
    </message>
    <message>
        <source>Threads (default: every core)</source>
        <translation>Thread (predefinito: tutti i core)</translation>
    </message>
    <message>
        <source>Random seed (default %1)</source>
        <translation>Seed casuale (predefinito %1)</translation>
    </message>
    <message>
        <source>Hold out this share of the parcels (groups) and report accuracy on them (default 0)</source>
        <translation>Tieni da parte questa quota delle particelle (gruppi) e riporta l’accuratezza su di esse (predefinito 0)</translation>
    </message>
    <message>
        <source>Train the random-forest baseline on a sample set and save it as a model file.</source>
        <translation>Addestra la baseline random forest su un insieme di campioni e salvala come file di modello.</translation>
    </message>
    <message>
        <source>forest train needs --samples and --out</source>
        <translation>forest train richiede --samples e --out</translation>
    </message>
    <message>
        <source>Group-wise split: %1 samples in %2 groups for training, %3 samples in %4 groups for validation</source>
        <translation>Suddivisione per gruppi: %1 campioni in %2 gruppi per l’addestramento, %3 campioni in %4 gruppi per la validazione</translation>
    </message>
    <message>
        <source>Trained %1 trees on %2 samples in %3 s; wrote %4</source>
        <translation>Addestrati %1 alberi su %2 campioni in %3 s; scritto %4</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validazione:</translation>
    </message>
    <message>
        <source>Random forest model file</source>
        <translation>File di modello random forest</translation>
    </message>
    <message>
        <source>Labelled sample set (.samples)</source>
        <translation>Insieme di campioni etichettati (.samples)</translation>
    </message>
    <message>
        <source>Classify a labelled sample set with a random forest and print OA and macro F1.</source>
        <translation>Classifica un insieme di campioni etichettati con una random forest e stampa OA e F1 macro.</translation>
    </message>
    <message>
        <source>forest evaluate needs --model and --samples</source>
        <translation>forest evaluate richiede --model e --samples</translation>
    </message>
    <message>
        <source>Usage: cropmap forest train|evaluate [options]
  train     train the random-forest baseline on a sample set
  evaluate  print OA and macro F1 of a forest on labelled samples
Run `cropmap forest train --help` for the options.</source>
        <translation>Uso: cropmap forest train|evaluate [opzioni]
  train     addestra la baseline random forest su un insieme di campioni
  evaluate  stampa OA e F1 macro di una foresta su campioni etichettati
Esegui `cropmap forest train --help` per le opzioni.</translation>
    </message>
    <message>
        <source>forest needs an action: train or evaluate</source>
        <translation>forest richiede un’azione: train o evaluate</translation>
    </message>
    <message>
        <source>Sentinel-2 archive folder</source>
        <translation>Cartella dell’archivio Sentinel-2</translation>
    </message>
    <message>
        <source>Output folder; composites go to &lt;out&gt;/&lt;TILE&gt;/</source>
        <translation>Cartella di output; i compositi vanno in &lt;out&gt;/&lt;TILE&gt;/</translation>
    </message>
    <message>
        <source>Tile to composite (repeatable; default: every tile)</source>
        <translation>Tile da compositare (ripetibile; predefinito: ogni tile)</translation>
    </message>
    <message>
        <source>Months to composite, first:last inclusive</source>
        <translation>Mesi da compositare, primo:ultimo inclusi</translation>
    </message>
    <message>
        <source>Comma-separated input bands (default: B02…B12)</source>
        <translation>Bande di input separate da virgole (predefinito: B02…B12)</translation>
    </message>
    <message>
        <source>Cloud mask: scl (Sen2Cor classes), none, or the band name of an external per-acquisition mask where non-zero means cloud (e.g. CLM)</source>
        <translation>Maschera delle nuvole: scl (classi Sen2Cor), none, oppure il nome di banda di una maschera esterna per acquisizione in cui un valore diverso da zero indica nuvola (ad es. CLM)</translation>
    </message>
    <message>
        <source>SCL classes that are not clear observations</source>
        <translation>Classi SCL che non sono osservazioni limpide</translation>
    </message>
    <message>
        <source>Extra index bands computed per observation (ndvi, ndwi, ndmi); makes the composites float32</source>
        <translation>Bande indice aggiuntive calcolate per osservazione (ndvi, ndwi, ndmi); rende i compositi float32</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores)</source>
        <translation>Thread di lavoro (predefinito: tutti i core)</translation>
    </message>
    <message>
        <source>No progress bar</source>
        <translation>Nessuna barra di avanzamento</translation>
    </message>
    <message>
        <source>Monthly cloud-free median composites per tile: one COG per month, a valid-count layer and &lt;TILE&gt;_composites.vrt stacking the months. Months without a valid observation are filled in time and count 0. Ctrl-C cancels and keeps the previous outputs.</source>
        <translation>Compositi mensili mediani senza nuvole per tile: un COG per mese, un layer dei conteggi validi e &lt;TILE&gt;_composites.vrt che impila i mesi. I mesi senza osservazioni valide sono riempiti nel tempo e contano 0. Ctrl-C annulla e conserva gli output precedenti.</translation>
    </message>
    <message>
        <source>composite needs --archive and --out</source>
        <translation>composite richiede --archive e --out</translation>
    </message>
    <message>
        <source>Invalid --threads &quot;%1&quot;</source>
        <translation>--threads non valido «%1»</translation>
    </message>
    <message>
        <source>Canceled; the previous outputs are unchanged.</source>
        <translation>Annullato; gli output precedenti sono invariati.</translation>
    </message>
    <message>
        <source>%1: %2 (acquisitions per month %3; %4 skipped)</source>
        <translation>%1: %2 (acquisizioni per mese %3; %4 saltate)</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>Pixels %1, OA %2, kappa %3, macro F1 %4, minimum F1 %5</source>
        <translation>Pixel %1, OA %2, kappa %3, F1 macro %4, F1 minimo %5</translation>
    </message>
    <message>
        <source>%1 labelled pixels are not classified in the map and are left out</source>
        <translation>%1 pixel etichettati non sono classificati nella mappa e vengono esclusi</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>riferimento</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>mappati</translation>
    </message>
    <message>
        <source>Reference class raster (ids; 0 = no reference), e.g. the eroded declarations or the synthetic truth</source>
        <translation>Raster delle classi di riferimento (id; 0 = nessun riferimento), ad es. le dichiarazioni erose o la verità sintetica</translation>
    </message>
    <message>
        <source>Class map to assess (ids; 0 = not classified)</source>
        <translation>Mappa delle classi da valutare (id; 0 = non classificato)</translation>
    </message>
    <message>
        <source>Split raster; only pixels of --set count</source>
        <translation>Raster della suddivisione; contano solo i pixel di --set</translation>
    </message>
    <message>
        <source>train, validation, test (default) or a mask value</source>
        <translation>train, validation, test (predefinito) o un valore della maschera</translation>
    </message>
    <message>
        <source>Class table or legend JSON (default: the ids found, unnamed)</source>
        <translation>Tabella delle classi o JSON della legenda (predefinito: gli id trovati, senza nome)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Cartella di output</translation>
    </message>
    <message>
        <source>Base name of the reports (default accuracy)</source>
        <translation>Nome base dei rapporti (predefinito accuracy)</translation>
    </message>
    <message>
        <source>Title of the report</source>
        <translation>Titolo del rapporto</translation>
    </message>
    <message>
        <source>What the reference is, for the report (e.g. declarations)</source>
        <translation>Che cosa è il riferimento, per il rapporto (ad es. dichiarazioni)</translation>
    </message>
    <message>
        <source>Show another report&apos;s matrix beside this one, e.g. &quot;weak model=weak/accuracy.json&quot; (repeatable)</source>
        <translation>Mostra la matrice di un altro rapporto accanto a questa, ad es. «modello debole=weak/accuracy.json» (ripetibile)</translation>
    </message>
    <message>
        <source>Reliable-sample selection summary (JSON) to include</source>
        <translation>Riepilogo della selezione dei campioni affidabili (JSON) da includere</translation>
    </message>
    <message>
        <source>Leave out the area-adjusted estimates (Olofsson et al. 2014)</source>
        <translation>Ometti le stime corrette per superficie (Olofsson et al. 2014)</translation>
    </message>
    <message>
        <source>evaluate needs --%1</source>
        <translation>evaluate richiede --%1</translation>
    </message>
    <message>
        <source>--set must be train, validation, test or a number, not &quot;%1&quot;</source>
        <translation>--set deve essere train, validation, test o un numero, non «%1»</translation>
    </message>
    <message>
        <source>--threads must be a non-negative number</source>
        <translation>--threads deve essere un numero non negativo</translation>
    </message>
    <message>
        <source>Accuracy of %1</source>
        <translation>Accuratezza di %1</translation>
    </message>
    <message>
        <source>--compare expects LABEL=REPORT.json, not &quot;%1&quot;</source>
        <translation>--compare si aspetta LABEL=REPORT.json, non «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 classes, this map %3</source>
        <translation>«%1» ha %2 classi, questa mappa %3</translation>
    </message>
    <message>
        <source>Wrote %1, %2 and %3</source>
        <translation>Scritti %1, %2 e %3</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Output folder of the scene (required)</source>
        <translation>Cartella di output della scena (obbligatoria)</translation>
    </message>
    <message>
        <source>Number of adjacent tiles, 1…6 (default %1: T33UUP, T33UVP, T33UWP)</source>
        <translation>Numero di tile adiacenti, 1…6 (predefinito %1: T33UUP, T33UVP, T33UWP)</translation>
    </message>
    <message>
        <source>Tile side in 10 m pixels, even (default %1)</source>
        <translation>Lato della tile in pixel da 10 m, pari (predefinito %1)</translation>
    </message>
    <message>
        <source>Acquisitions per tile between 2017-09-01 and 2018-08-31, comma-separated; the last count repeats for further tiles (default 40,70,40)</source>
        <translation>Acquisizioni per tile tra 2017-09-01 e 2018-08-31, separate da virgole; l’ultimo numero si ripete per le tile successive (predefinito 40,70,40)</translation>
    </message>
    <message>
        <source>Share of crop parcels declared as another class (default %1)</source>
        <translation>Quota delle particelle coltivate dichiarate come un’altra classe (predefinito %1)</translation>
    </message>
    <message>
        <source>Archive layout: tiff (&lt;TILE&gt;/&lt;YYYYMMDD&gt;/&lt;BAND&gt;.tif, default) or safe (L2A .SAFE products, JPEG 2000 bands)</source>
        <translation>Struttura dell’archivio: tiff (&lt;TILE&gt;/&lt;YYYYMMDD&gt;/&lt;BAND&gt;.tif, predefinito) o safe (prodotti L2A .SAFE, bande JPEG 2000)</translation>
    </message>
    <message>
        <source>Mean field spacing in pixels (default: 40 at 512 px, smaller for smaller tiles)</source>
        <translation>Spaziatura media dei campi in pixel (predefinito: 40 a 512 px, meno per tile più piccole)</translation>
    </message>
    <message>
        <source>CRS of parcels.gpkg: 32633 (default) or 31287 (MGI / Austria Lambert)</source>
        <translation>CRS di parcels.gpkg: 32633 (predefinito) o 31287 (MGI / Austria Lambert)</translation>
    </message>
    <message>
        <source>Worker threads (default 0: all cores)</source>
        <translation>Thread di lavoro (predefinito 0: tutti i core)</translation>
    </message>
    <message>
        <source>Replace the output folder if it exists</source>
        <translation>Sostituisci la cartella di output se esiste</translation>
    </message>
    <message>
        <source>Generate a deterministic synthetic Sentinel-2 study area: adjacent tiles with their own acquisition dates (10 bands and SCL with clouds and shadows), parcels with INVEKOS-like declarations (some wrong) in parcels.gpkg, the true class per pixel in truth/, legend.json and scene.json. The same options give the same files.</source>
        <translation>Genera un’area di studio Sentinel-2 sintetica deterministica: tile adiacenti con le proprie date di acquisizione (10 bande e SCL con nuvole e ombre), particelle con dichiarazioni in stile INVEKOS (alcune errate) in parcels.gpkg, la classe vera per pixel in truth/, legend.json e scene.json. Le stesse opzioni danno gli stessi file.</translation>
    </message>
    <message>
        <source>synth needs --out DIR</source>
        <translation>synth richiede --out DIR</translation>
    </message>
    <message>
        <source>synth: --acquisitions takes positive counts separated by commas, e.g. 40,70,40</source>
        <translation>synth: --acquisitions accetta conteggi positivi separati da virgole, ad es. 40,70,40</translation>
    </message>
    <message>
        <source>synth: --layout is tiff or safe, not &quot;%1&quot;</source>
        <translation>synth: --layout è tiff o safe, non «%1»</translation>
    </message>
    <message>
        <source>canceled; nothing was written</source>
        <translation>annullato; non è stato scritto nulla</translation>
    </message>
    <message>
        <source>Scene %1: %2 tiles, %3 acquisitions (%4 files), %5 parcels (%6 wrongly declared), %7 background cells, %8 s</source>
        <translation>Scena %1: %2 tile, %3 acquisizioni (%4 file), %5 particelle (%6 dichiarate erroneamente), %7 celle di sfondo, %8 s</translation>
    </message>
    <message>
        <source>Parcel layer (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, …)</source>
        <translation>Layer delle particelle (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, …)</translation>
    </message>
    <message>
        <source>Layer of the parcel source (default: the first)</source>
        <translation>Layer della sorgente delle particelle (predefinito: il primo)</translation>
    </message>
    <message>
        <source>Attribute with the declared crop (name or code)</source>
        <translation>Attributo con la coltura dichiarata (nome o codice)</translation>
    </message>
    <message>
        <source>A second attribute shown beside each value (e.g. the crop name beside its code); also used to recognise hedges</source>
        <translation>Un secondo attributo mostrato accanto a ogni valore (ad es. il nome della coltura accanto al suo codice); usato anche per riconoscere le siepi</translation>
    </message>
    <message>
        <source>Write the legend to this .json or .csv file</source>
        <translation>Scrivi la legenda in questo file .json o .csv</translation>
    </message>
    <message>
        <source>Reading parcels</source>
        <translation>Lettura delle particelle</translation>
    </message>
    <message>
        <source>List every declared value of a parcel layer with its parcel count and area (ha), so an analyst can fill the legend table. With --out, writes a legend of the seed&apos;s 15 classes with every value mapped to ignore (null), ready to edit.</source>
        <translation>Elenca ogni valore dichiarato di un layer di particelle con il numero di particelle e la superficie (ha), così che un analista possa compilare la tabella della legenda. Con --out scrive una legenda con le 15 classi dello studio di partenza e ogni valore associato a ignore (null), pronta da modificare.</translation>
    </message>
    <message>
        <source>legend init needs --parcels and --field</source>
        <translation>legend init richiede --parcels e --field</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>particelle</translation>
    </message>
    <message>
        <source>area (ha)</source>
        <translation>superficie (ha)</translation>
    </message>
    <message>
        <source>Wrote %1 values to %2</source>
        <translation>Scritti %1 valori in %2</translation>
    </message>
    <message>
        <source>EuroCrops mapping CSV (original_code, original_name, …, HCAT3_name, HCAT3_code)</source>
        <translation>CSV di corrispondenza EuroCrops (original_code, original_name, …, HCAT3_name, HCAT3_code)</translation>
    </message>
    <message>
        <source>Propose every code of the taxonomy too, not only the values of --parcels</source>
        <translation>Proponi anche ogni codice della tassonomia, non solo i valori di --parcels</translation>
    </message>
    <message>
        <source>Draft a legend from a crop taxonomy: declared code → HCAT3 class → one of the seed&apos;s 15 classes by fixed rules; hedges and other landscape elements → ignore; values without a rule or missing from the taxonomy → ignore, listed as unmatched.</source>
        <translation>Prepara una bozza di legenda da una tassonomia delle colture: codice dichiarato → classe HCAT3 → una delle 15 classi dello studio di partenza secondo regole fisse; siepi e altri elementi del paesaggio → ignore; valori senza regola o assenti dalla tassonomia → ignore, elencati come non abbinati.</translation>
    </message>
    <message>
        <source>legend propose needs --taxonomy, --field, --out and --parcels (or --whole-taxonomy)</source>
        <translation>legend propose richiede --taxonomy, --field, --out e --parcels (o --whole-taxonomy)</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>%1 values, %2 unmatched (mapped to ignore): wrote %3</source>
        <translation>%1 valori, %2 non abbinati (associati a ignore): scritto %3</translation>
    </message>
    <message>
        <source>Legend file or shipped name (e.g. austria-invekos)</source>
        <translation>File della legenda o nome di una legenda fornita (ad es. austria-invekos)</translation>
    </message>
    <message>
        <source>legend show needs one legend</source>
        <translation>legend show richiede una legenda</translation>
    </message>
    <message>
        <source>Legend %1, field %2</source>
        <translation>Legenda %1, campo %2</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classi:</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Corrispondenze:</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>%1 declared values unknown to the legend</source>
        <translation>%1 valori dichiarati sconosciuti alla legenda</translation>
    </message>
    <message>
        <source>usage: cropmap legend init|propose|show [options] (--help on each)</source>
        <translation>uso: cropmap legend init|propose|show [opzioni] (--help su ciascuna)</translation>
    </message>
    <message>
        <source>unknown legend action &quot;%1&quot;; %2</source>
        <translation>azione della legenda sconosciuta «%1»; %2</translation>
    </message>
    <message>
        <source>Parcel layer (any OGR source)</source>
        <translation>Layer delle particelle (qualsiasi sorgente OGR)</translation>
    </message>
    <message>
        <source>Attribute with the declared crop (default: the legend&apos;s &quot;field&quot;)</source>
        <translation>Attributo con la coltura dichiarata (predefinito: il «field» della legenda)</translation>
    </message>
    <message>
        <source>Legend aggregation table: a .json/.csv file or a shipped name (synthetic, austria-invekos, belgium-lpis, slovenia-raba), looked up in $CROPMAP_LEGENDS, share/cropmap/legends and resources/legends</source>
        <translation>Tabella di aggregazione della legenda: un file .json/.csv o il nome di una legenda fornita (synthetic, austria-invekos, belgium-lpis, slovenia-raba), cercata in $CROPMAP_LEGENDS, share/cropmap/legends e resources/legends</translation>
    </message>
    <message>
        <source>A raster on the tile grid (a composite, a band): its CRS, geotransform and size</source>
        <translation>Un raster sulla griglia della tile (un composito, una banda): il suo CRS, la geotrasformazione e la dimensione</translation>
    </message>
    <message>
        <source>Tile id, prefix of the outputs</source>
        <translation>Id della tile, prefisso degli output</translation>
    </message>
    <message>
        <source>Border erosion radius in pixels: keep a pixel only if its (2r+1)² square lies in one parcel (default %1)</source>
        <translation>Raggio di erosione dei bordi in pixel: un pixel resta solo se il suo quadrato (2r+1)² cade in una sola particella (predefinito %1)</translation>
    </message>
    <message>
        <source>Rasterize declared parcels onto a tile grid (GDAL rasterizer, all-touched off): &lt;TILE&gt;_parcels.tif (uint32 parcel ids), &lt;TILE&gt;_classes.tif and &lt;TILE&gt;_classes_eroded.tif (uint8 class ids with colour table and QGIS .qml style) and &lt;TILE&gt;_thematic.json. Parcels in another CRS are reprojected, invalid ones repaired or skipped, values missing from the legend reported and ignored.</source>
        <translation>Rasterizza le particelle dichiarate sulla griglia di una tile (rasterizzatore GDAL, all-touched disattivato): &lt;TILE&gt;_parcels.tif (id delle particelle uint32), &lt;TILE&gt;_classes.tif e &lt;TILE&gt;_classes_eroded.tif (id di classe uint8 con tabella dei colori e stile QGIS .qml) e &lt;TILE&gt;_thematic.json. Le particelle in un altro CRS vengono riproiettate, quelle non valide riparate o saltate, i valori assenti dalla legenda segnalati e ignorati.</translation>
    </message>
    <message>
        <source>rasterize needs --%1</source>
        <translation>rasterize richiede --%1</translation>
    </message>
    <message>
        <source>--erosion must be a whole number ≥ 0</source>
        <translation>--erosion deve essere un numero intero ≥ 0</translation>
    </message>
    <message>
        <source>Wrote %1, %2, %3 and %4</source>
        <translation>Scritti %1, %2, %3 e %4</translation>
    </message>
    <message>
        <source>A raster on the tile grid</source>
        <translation>Un raster sulla griglia della tile</translation>
    </message>
    <message>
        <source>Tile id (seeds the tile&apos;s shuffle, prefixes the outputs)</source>
        <translation>Id della tile (inizializza il rimescolamento della tile, prefisso degli output)</translation>
    </message>
    <message>
        <source>Random seed (default 1)</source>
        <translation>Seed casuale (predefinito 1)</translation>
    </message>
    <message>
        <source>Train, validation, test shares of the patches (default 0.6,0.2,0.2: exactly 60/20/20 of 100)</source>
        <translation>Quote delle patch per addestramento, validazione, test (predefinito 0.6,0.2,0.2: esattamente 60/20/20 su 100)</translation>
    </message>
    <message>
        <source>Patches per side (default 10: 10 × 10)</source>
        <translation>Patch per lato (predefinito 10: 10 × 10)</translation>
    </message>
    <message>
        <source>Cut a tile into n × n patches and assign each at random (seeded) to train, validation or test: writes &lt;TILE&gt;_split.tif (one pixel per patch: 1 train, 2 validation, 3 test) and &lt;TILE&gt;_split.geojson (the patch polygons).</source>
        <translation>Divide una tile in n × n patch e assegna ciascuna a caso (con seed) ad addestramento, validazione o test: scrive &lt;TILE&gt;_split.tif (un pixel per patch: 1 addestramento, 2 validazione, 3 test) e &lt;TILE&gt;_split.geojson (i poligoni delle patch).</translation>
    </message>
    <message>
        <source>split needs --grid, --tile and --out</source>
        <translation>split richiede --grid, --tile e --out</translation>
    </message>
    <message>
        <source>--seed must be a whole number ≥ 0</source>
        <translation>--seed deve essere un numero intero ≥ 0</translation>
    </message>
    <message>
        <source>--patches must be a whole number ≥ 1</source>
        <translation>--patches deve essere un numero intero ≥ 1</translation>
    </message>
    <message>
        <source>--fractions must be three shares ≥ 0 such as 0.6,0.2,0.2</source>
        <translation>--fractions deve essere composto da tre quote ≥ 0, come 0.6,0.2,0.2</translation>
    </message>
    <message>
        <source>cannot create &quot;%1&quot;</source>
        <translation>impossibile creare «%1»</translation>
    </message>
    <message>
        <source>%1 patches: %2 train, %3 validation, %4 test; wrote %5 and %6</source>
        <translation>%1 patch: %2 addestramento, %3 validazione, %4 test; scritti %5 e %6</translation>
    </message>
    <message>
        <source>Folder with the outputs of `cropmap rasterize`</source>
        <translation>Cartella con gli output di `cropmap rasterize`</translation>
    </message>
    <message>
        <source>Folder with &lt;TILE&gt;_composites.vrt per tile</source>
        <translation>Cartella con &lt;TILE&gt;_composites.vrt per tile</translation>
    </message>
    <message>
        <source>Folder with &lt;TILE&gt;_split.tif from `cropmap split` (default: split here with --seed and --fractions)</source>
        <translation>Cartella con &lt;TILE&gt;_split.tif di `cropmap split` (predefinito: suddivide qui con --seed e --fractions)</translation>
    </message>
    <message>
        <source>Only this tile (repeatable; default: every tile of --thematic)</source>
        <translation>Solo questa tile (ripetibile; predefinito: ogni tile di --thematic)</translation>
    </message>
    <message>
        <source>S, the training sample budget (default %1)</source>
        <translation>S, il budget di campioni di addestramento (predefinito %1)</translation>
    </message>
    <message>
        <source>k_boost: s_u = k_boost · p_u + k_min for least-present classes (default %1)</source>
        <translation>k_boost: s_u = k_boost · p_u + k_min per le classi meno presenti (predefinito %1)</translation>
    </message>
    <message>
        <source>k_min (default %1)</source>
        <translation>k_min (predefinito %1)</translation>
    </message>
    <message>
        <source>Validation budget as a fraction of S, drawn by the same scheme from validation patches (default %1)</source>
        <translation>Budget di validazione come frazione di S, estratto con lo stesso schema dalle patch di validazione (predefinito %1)</translation>
    </message>
    <message>
        <source>Random seed of the split and the draw (default 1)</source>
        <translation>Seed casuale della suddivisione e dell’estrazione (predefinito 1)</translation>
    </message>
    <message>
        <source>Patch shares train,validation,test (default 0.6,0.2,0.2)</source>
        <translation>Quote delle patch addestramento,validazione,test (predefinito 0.6,0.2,0.2)</translation>
    </message>
    <message>
        <source>sample needs --thematic, --composites and --out</source>
        <translation>sample richiede --thematic, --composites e --out</translation>
    </message>
    <message>
        <source>--budget, --k-boost, --k-min, --validation-budget, --seed and --fractions take numbers ≥ 0</source>
        <translation>--budget, --k-boost, --k-min, --validation-budget, --seed e --fractions accettano numeri ≥ 0</translation>
    </message>
    <message>
        <source>Wrote %1 training, %2 validation and %3 test samples to %4</source>
        <translation>Scritti %1 campioni di addestramento, %2 di validazione e %3 di test in %4</translation>
    </message>
    <message>
        <source>Architecture: %1 (default lstm)</source>
        <translation>Architettura: %1 (predefinito lstm)</translation>
    </message>
    <message>
        <source>Model file to write (side files &lt;name&gt;.log.csv, &lt;name&gt;.checkpoint go next to it)</source>
        <translation>File di modello da scrivere (i file accessori &lt;name&gt;.log.csv e &lt;name&gt;.checkpoint vanno accanto)</translation>
    </message>
    <message>
        <source>Dropout (default: the architecture&apos;s)</source>
        <translation>Dropout (predefinito: quello dell’architettura)</translation>
    </message>
    <message>
        <source>Grid search, e.g. &quot;lr=1e-3,1e-4;dropout=0.2,0.5;batch=256,1024&quot;; the best validation macro F1 wins</source>
        <translation>Ricerca a griglia, ad es. «lr=1e-3,1e-4;dropout=0.2,0.5;batch=256,1024»; vince il miglior F1 macro di validazione</translation>
    </message>
    <message>
        <source>Continue an interrupted run from its checkpoint</source>
        <translation>Riprendi un’esecuzione interrotta dal suo checkpoint</translation>
    </message>
    <message>
        <source>LibTorch threads (default: every core)</source>
        <translation>Thread di LibTorch (predefinito: tutti i core)</translation>
    </message>
    <message>
        <source>In data-parallel runs, ranks &gt; 0 also write &lt;out&gt;.rank&lt;r&gt; (to check that they agree)</source>
        <translation>Nelle esecuzioni con parallelismo sui dati, i rank &gt; 0 scrivono anche &lt;out&gt;.rank&lt;r&gt; (per verificare che concordino)</translation>
    </message>
    <message>
        <source>canceled; the last checkpoint is kept (continue with --resume) and no model file was replaced</source>
        <translation>annullato; l’ultimo checkpoint è conservato (riprendi con --resume) e nessun file di modello è stato sostituito</translation>
    </message>
    <message>
        <source>model:      %1 %2
</source>
        <translation>modello:    %1 %2
</translation>
    </message>
    <message>
        <source>input:      T = %1 steps × B = %2 bands
</source>
        <translation>input:      T = %1 passi × B = %2 bande
</translation>
    </message>
    <message>
        <source>steps:      %1
</source>
        <translation>passi:      %1
</translation>
    </message>
    <message>
        <source>period:     %1
</source>
        <translation>periodo:    %1
</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non registrato)</translation>
    </message>
    <message>
        <source>bands:      mean ± std (training samples)
</source>
        <translation>bande:      media ± dev. std. (campioni di addestramento)
</translation>
    </message>
    <message>
        <source>classes:    %1 (index id name)
</source>
        <translation>classi:     %1 (indice id nome)
</translation>
    </message>
    <message>
        <source>training:   %1
</source>
        <translation>addestr.:   %1
</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>File di modello</translation>
    </message>
    <message>
        <source>Print the metadata as JSON</source>
        <translation>Stampa i metadati come JSON</translation>
    </message>
    <message>
        <source>Print what a model file holds besides its weights: architecture and hyperparameters, steps, bands and their normalisation, class table, training options and validation scores.</source>
        <translation>Stampa ciò che un file di modello contiene oltre ai pesi: architettura e iperparametri, passi, bande e la loro normalizzazione, tabella delle classi, opzioni di addestramento e punteggi di validazione.</translation>
    </message>
    <message>
        <source>model-info needs exactly one model file</source>
        <translation>model-info richiede esattamente un file di modello</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non eseguito</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>non aggiornato</translation>
    </message>
    <message>
        <source>  done: %1</source>
        <translation>  completata: %1</translation>
    </message>
    <message>
        <source>Model or random-forest file to assess on --samples instead of a map</source>
        <translation>File di modello o di random forest da valutare su --samples invece di una mappa</translation>
    </message>
    <message>
        <source>Labelled samples for --model: a sample set (.samples) or a CSV table (see --csv-*)</source>
        <translation>Campioni etichettati per --model: un insieme di campioni (.samples) o una tabella CSV (vedi --csv-*)</translation>
    </message>
    <message>
        <source>Compare a class map with a reference raster block by block and write the accuracy report (confusion matrix, OA, PA, UA, F1, macro and minimum F1, kappa, area-adjusted estimates) as JSON, CSV and HTML. With --model and --samples, assess a model or random-forest file on labelled samples instead (a sample set or a CSV table).</source>
        <translation>Confronta blocco per blocco una mappa delle classi con un raster di riferimento e scrivi il rapporto di accuratezza (matrice di confusione, OA, PA, UA, F1, F1 macro e minimo, kappa, stime corrette per superficie) come JSON, CSV e HTML. Con --model e --samples valuta invece un file di modello o di random forest su campioni etichettati (un insieme di campioni o una tabella CSV).</translation>
    </message>
    <message>
        <source>evaluate on samples needs --model, --samples and --out</source>
        <translation>evaluate sui campioni richiede --model, --samples e --out</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and the model &quot;%2&quot; have different class tables (%3 / %4)</source>
        <translation>«%1» e il modello «%2» hanno tabelle delle classi diverse (%3 / %4)</translation>
    </message>
    <message>
        <source>Accuracy of %1 on %2</source>
        <translation>Accuratezza di %1 su %2</translation>
    </message>
    <message>
        <source>labels of %1</source>
        <translation>etichette di %1</translation>
    </message>
    <message>
        <source>Training samples: a sample set (.samples) or a CSV table (.csv, see --csv-*)</source>
        <translation>Campioni di addestramento: un insieme di campioni (.samples) o una tabella CSV (.csv, vedi --csv-*)</translation>
    </message>
    <message>
        <source>Validation samples (.samples or CSV); without it a CSV table with --csv-group-column is split group-wise</source>
        <translation>Campioni di validazione (.samples o CSV); senza di essi una tabella CSV con --csv-group-column viene suddivisa per gruppi</translation>
    </message>
    <message>
        <source>Share of the groups held out for validation when --val is not given (default 0.2)</source>
        <translation>Quota dei gruppi tenuti da parte per la validazione quando --val non è indicato (predefinito 0.2)</translation>
    </message>
    <message>
        <source>train needs --samples, --out and --val (or a CSV table with --csv-group-column)</source>
        <translation>train richiede --samples, --out e --val (o una tabella CSV con --csv-group-column)</translation>
    </message>
    <message>
        <source>--val-fraction takes a number between 0 and 1</source>
        <translation>--val-fraction accetta un numero tra 0 e 1</translation>
    </message>
    <message>
        <source>Reliable-sample selection on its own: judge the pool with the weak model, keep the reliable pixels, draw the final training set</source>
        <translation>Selezione dei campioni affidabili a sé stante: valuta il pool con il modello debole, mantieni i pixel affidabili, estrai l’insieme di addestramento finale</translation>
    </message>
    <message>
        <source>monthly (default): 12 monthly medians; whole: every acquisition date of the period as its own step, cloudy or missing observations interpolated linearly between the valid dates</source>
        <translation>monthly (predefinito): 12 mediane mensili; whole: ogni data di acquisizione del periodo come passo a sé, con le osservazioni nuvolose o mancanti interpolate linearmente tra le date valide</translation>
    </message>
    <message>
        <source>--series takes monthly or whole, not &quot;%1&quot;</source>
        <translation>--series accetta monthly o whole, non «%1»</translation>
    </message>
    <message>
        <source>%1: %2 (whole series: %3 dates; %4 skipped)</source>
        <translation>%1: %2 (serie intera: %3 date; %4 saltate)</translation>
    </message>
    <message>
        <source>%1 takes one ASCII character or &quot;tab&quot;, not &quot;%2&quot;</source>
        <translation>%1 accetta un carattere ASCII o «tab», non «%2»</translation>
    </message>
    <message>
        <source>%1 takes a non-zero number, not &quot;%2&quot;</source>
        <translation>%1 accetta un numero diverso da zero, non «%2»</translation>
    </message>
    <message>
        <source>Share of the T × B features tried at each node, 0 to 1; 0: √(T × B) (default)</source>
        <translation>Quota delle T × B caratteristiche provate a ogni nodo, da 0 a 1; 0: √(T × B) (predefinito)</translation>
    </message>
    <message>
        <source>Rows drawn with replacement for each tree, as a share of the samples (default %1)</source>
        <translation>Righe estratte con reinserimento per ogni albero, come quota dei campioni (predefinito %1)</translation>
    </message>
    <message>
        <source>Split candidates per feature: its value quantiles in this many bins, 2 to 255 (default %1)</source>
        <translation>Candidati di split per caratteristica: i quantili dei suoi valori in questo numero di intervalli, da 2 a 255 (predefinito %1)</translation>
    </message>
    <message>
        <source>--trees, --max-depth, --min-samples-leaf, --max-bins, --threads and --seed take whole numbers, --features-per-split, --sample-fraction and --validation shares</source>
        <translation>--trees, --max-depth, --min-samples-leaf, --max-bins, --threads e --seed accettano numeri interi, --features-per-split, --sample-fraction e --validation quote</translation>
    </message>
    <message>
        <source>Check every declared parcel against the map: agrees, doubtful, disagrees or too small, as a styled GeoPackage and a summary</source>
        <translation>Controlla ogni particella dichiarata rispetto alla mappa: concorda, dubbia, discorda o troppo piccola, come GeoPackage con stile e un riepilogo</translation>
    </message>
    <message>
        <source>Tile id for a flat folder of *_&lt;date&gt;_&lt;band&gt;.tif files (default: the folder name); an MGRS id such as T33UVP or letters, digits, _ and -</source>
        <translation>Id della tile per una cartella piatta di file *_&lt;date&gt;_&lt;band&gt;.tif (predefinito: il nome della cartella); un id MGRS come T33UVP oppure lettere, cifre, _ e -</translation>
    </message>
    <message>
        <source>BOA_ADD_OFFSET of the reflectance bands of a GeoTIFF-folder or flat archive (-1000 for exports of processing baseline 04.00 or later); .SAFE products read theirs from MTD_MSIL2A.xml</source>
        <translation>BOA_ADD_OFFSET delle bande di riflettanza di un archivio a cartelle GeoTIFF o piatto (-1000 per le esportazioni con processing baseline 04.00 o successiva); i prodotti .SAFE leggono il proprio da MTD_MSIL2A.xml</translation>
    </message>
    <message>
        <source>Print per tile of a Sentinel-2 archive the grid, the acquisitions per month, the bands found, each acquisition&apos;s processing baseline and the BOA_ADD_OFFSET compositing adds to its DNs, and what is missing or unreadable.</source>
        <translation>Stampa per ogni tile di un archivio Sentinel-2 la griglia, le acquisizioni per mese, le bande trovate, la processing baseline di ogni acquisizione e il BOA_ADD_OFFSET che la compositazione aggiunge ai suoi DN, e ciò che manca o è illeggibile.</translation>
    </message>
    <message>
        <source>Invalid --boa-offset &quot;%1&quot; (a number of DN such as -1000)</source>
        <translation>--boa-offset non valido «%1» (un numero di DN come -1000)</translation>
    </message>
    <message>
        <source>Read a CSV sample table (label, optional group, T × B values per row, other columns skipped) into a sample set. The --csv-* options are those of `cropmap train` and `cropmap evaluate`; --csv-bands and --csv-steps are required.</source>
        <translation>Leggi una tabella CSV dei campioni (etichetta, gruppo facoltativo, T × B valori per riga, altre colonne saltate) in un insieme di campioni. Le opzioni --csv-* sono quelle di `cropmap train` e `cropmap evaluate`; --csv-bands e --csv-steps sono obbligatorie.</translation>
    </message>
    <message>
        <source>samples import needs --csv, --out, --csv-bands and --csv-steps</source>
        <translation>samples import richiede --csv, --out, --csv-bands e --csv-steps</translation>
    </message>
    <message>
        <source>%1 samples are unlabelled: the legend maps their label to ignore</source>
        <translation>%1 campioni non sono etichettati: la legenda associa la loro etichetta a ignore</translation>
    </message>
    <message>
        <source>Usage: cropmap samples export|import [options]
  export  write a sample set as a CSV table
  import  read a CSV table into a sample set
Run `cropmap samples export --help` or `cropmap samples import --help` for the options.</source>
        <translation>Uso: cropmap samples export|import [opzioni]
  export  scrive un insieme di campioni come tabella CSV
  import  legge una tabella CSV in un insieme di campioni
Esegui `cropmap samples export --help` o `cropmap samples import --help` per le opzioni.</translation>
    </message>
    <message>
        <source>BOA_ADD_OFFSET added to the DNs of the reflectance bands of a GeoTIFF-folder or flat archive: -1000 for exports of processing baseline 04.00 or later (products since 25 January 2022), 0 for older ones; .SAFE products read theirs from MTD_MSIL2A.xml</source>
        <translation>BOA_ADD_OFFSET aggiunto ai DN delle bande di riflettanza di un archivio a cartelle GeoTIFF o piatto: -1000 per le esportazioni con processing baseline 04.00 o successiva (prodotti dal 25 gennaio 2022), 0 per quelle precedenti; i prodotti .SAFE leggono il proprio da MTD_MSIL2A.xml</translation>
    </message>
    <message>
        <source>Print a legend&apos;s classes and mapping; with --parcels, also the declared values the legend does not know (count and area, and --label-field beside each), which rasterizing treats as ignore. --field defaults to the legend&apos;s field.</source>
        <translation>Stampa le classi e le corrispondenze di una legenda; con --parcels anche i valori dichiarati che la legenda non conosce (numero e superficie, e --label-field accanto a ciascuno), che la rasterizzazione tratta come ignore. --field è per impostazione predefinita il campo della legenda.</translation>
    </message>
    <message>
        <source>legend show --parcels needs --field: the legend %1 names no field</source>
        <translation>legend show --parcels richiede --field: la legenda %1 non indica alcun campo</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;%2: %3 parcels, %4 ha (treated as ignore)</source>
        <translation>valore sconosciuto «%1»%2: %3 particelle, %4 ha (trattate come ignore)</translation>
    </message>
    <message>
        <source>τ is this percentile of the priors, in percent, more than 1 and at most 100 (default %1)</source>
        <translation>τ è questo percentile delle probabilità a priori, in percentuale, maggiore di 1 e al massimo 100 (predefinito %1)</translation>
    </message>
    <message>
        <source>Draw the weak training set: priors p_u from the eroded maps of all tiles, τ = the --quantile percentile of the priors (65th by default), s_u = p_u (p_u ≥ τ) or k_boost · p_u + k_min, n_u = min(N_u, round(S · s_u / Σ s)) from train patches; validation samples by the same scheme from validation patches; the test set is every eroded labelled pixel of test patches. A parcel belongs to the set of the patch holding most of its eroded pixels. Prints the plan, then writes train.samples, validation.samples, test.samples and sampling.json.</source>
        <translation>Estrai l’insieme di addestramento debole: probabilità a priori p_u dalle mappe erose di tutte le tile, τ = il percentile --quantile delle probabilità a priori (il 65° per impostazione predefinita), s_u = p_u (p_u ≥ τ) oppure k_boost · p_u + k_min, n_u = min(N_u, round(S · s_u / Σ s)) dalle patch di addestramento; i campioni di validazione con lo stesso schema dalle patch di validazione; l’insieme di test è ogni pixel eroso etichettato delle patch di test. Una particella appartiene all’insieme della patch che contiene la maggior parte dei suoi pixel erosi. Stampa il piano, poi scrive train.samples, validation.samples, test.samples e sampling.json.</translation>
    </message>
    <message>
        <source>Optimiser-step budget of stage 1 (default %1)</source>
        <translation>Budget di passi dell’ottimizzatore della fase 1 (predefinito %1)</translation>
    </message>
    <message>
        <source>Optimiser-step budget of stage 2, the unweighted fine-tuning; 0 skips it (default %1)</source>
        <translation>Budget di passi dell’ottimizzatore della fase 2, il fine-tuning non pesato; 0 la salta (predefinito %1)</translation>
    </message>
    <message>
        <source>Optional cap of stage 1 in passes over the data (default: none)</source>
        <translation>Limite facoltativo della fase 1 in passate sui dati (predefinito: nessuno)</translation>
    </message>
    <message>
        <source>Optional cap of stage 2 in passes over the data; 0 skips stage 2 (default: none)</source>
        <translation>Limite facoltativo della fase 2 in passate sui dati; 0 salta la fase 2 (predefinito: nessuno)</translation>
    </message>
    <message>
        <source>Validation checks without a better criterion before a stage stops (default %1)</source>
        <translation>Controlli di validazione senza un criterio migliore prima che una fase si fermi (predefinito %1)</translation>
    </message>
    <message>
        <source>Optimiser steps between validation checks (default: one pass over the data, within 25–250 steps)</source>
        <translation>Passi dell’ottimizzatore tra i controlli di validazione (predefinito: una passata sui dati, entro 25–250 passi)</translation>
    </message>
    <message>
        <source>Steps of linear learning-rate warm-up, at most a tenth of the budget (default %1)</source>
        <translation>Passi di riscaldamento lineare del tasso di apprendimento, al massimo un decimo del budget (predefinito %1)</translation>
    </message>
    <message>
        <source>Peak RMSprop learning rate; it decays on a cosine to %1 of it (default %2)</source>
        <translation>Tasso di apprendimento RMSprop di picco; decade secondo un coseno fino a %1 di esso (predefinito %2)</translation>
    </message>
    <message>
        <source>RMSprop weight decay (default %1)</source>
        <translation>Weight decay di RMSprop (predefinito %1)</translation>
    </message>
    <message>
        <source>Gradient-norm clipping; 0 turns it off (default %1)</source>
        <translation>Clipping della norma del gradiente; 0 lo disattiva (predefinito %1)</translation>
    </message>
    <message>
        <source>Decay of the weight average that is checked and kept; 0 keeps the raw weights (default %1)</source>
        <translation>Decadimento della media dei pesi che viene controllata e mantenuta; 0 mantiene i pesi grezzi (predefinito %1)</translation>
    </message>
    <message>
        <source>Which check&apos;s weights a stage keeps: loss (lowest validation loss), f1 (highest validation macro F1) or posterior (highest mean posterior of the true class, averaged over the classes) (default %1)</source>
        <translation>Di quale controllo una fase mantiene i pesi: loss (perdita di validazione più bassa), f1 (F1 macro di validazione più alto) o posterior (probabilità a posteriori media più alta della classe vera, mediata sulle classi) (predefinito %1)</translation>
    </message>
    <message>
        <source>After both stages, train afresh on the training and validation samples for the steps the checks kept</source>
        <translation>Dopo entrambe le fasi, riaddestra da capo sui campioni di addestramento e di validazione per i passi scelti dai controlli</translation>
    </message>
    <message>
        <source>Mini-batch size (default: from the table size, 32–256, at least 32 steps a pass)</source>
        <translation>Dimensione del mini-batch (predefinito: dalla dimensione della tabella, 32–256, almeno 32 passi per passata)</translation>
    </message>
    <message>
        <source>Train a crop classifier the seed&apos;s way: stage 1 minimises the cross-entropy weighted by n_max / n_u with RMSprop, stage 2 fine-tunes stage 1&apos;s kept weights with the plain cross-entropy. Each stage is a budget of optimiser steps with warm-up and cosine decay of the rate, gradient clipping and a validation check about once a pass; it stops after --patience checks without improvement and keeps the best check&apos;s averaged weights (docs/training.md). Runs data-parallel when MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE (or Slurm&apos;s SLURM_PROCID and SLURM_NTASKS) describe several processes.</source>
        <translation>Addestra un classificatore delle colture come nello studio di partenza: la fase 1 minimizza con RMSprop l’entropia incrociata pesata con n_max / n_u, la fase 2 affina i pesi mantenuti dalla fase 1 con l’entropia incrociata semplice. Ogni fase è un budget di passi dell’ottimizzatore con riscaldamento e decadimento a coseno del tasso, clipping del gradiente e un controllo di validazione circa una volta per passata; si ferma dopo --patience controlli senza miglioramento e mantiene i pesi mediati del controllo migliore (docs/training.md). Funziona con parallelismo sui dati quando MASTER_ADDR, MASTER_PORT, RANK e WORLD_SIZE (o SLURM_PROCID e SLURM_NTASKS di Slurm) descrivono più processi.</translation>
    </message>
    <message>
        <source>Group-wise split of %1, stratified by class: %2 groups (%3 samples) train, %4 groups (%5 samples) validation; no group on both sides</source>
        <translation>Suddivisione per gruppi di %1, stratificata per classe: %2 gruppi (%3 campioni) addestramento, %4 gruppi (%5 campioni) validazione; nessun gruppo da entrambe le parti</translation>
    </message>
    <message>
        <source>Not validated (a single group, kept for training): %1</source>
        <translation>Non validate (un solo gruppo, tenuto per l’addestramento): %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 validation checks, validation loss %3, OA %4, macro F1 %5</source>
        <translation>Scritto %1: %2 controlli di validazione, perdita di validazione %3, OA %4, F1 macro %5</translation>
    </message>
    <message>
        <source>ensemble:   %1 networks, their class probabilities averaged
</source>
        <translation>ensemble:   %1 reti, con le probabilità di classe mediate
</translation>
    </message>
    <message>
        <source>Columns neighbouring tiles share, even and below half the tile side (default 0: edge to edge; real tiles overlap by about 10 km)</source>
        <translation>Colonne condivise da tile adiacenti, pari e sotto metà del lato del tile (predefinito 0: bordo a bordo; i tile reali si sovrappongono di circa 10 km)</translation>
    </message>
    <message>
        <source>synth: --seed, --tiles, --size, --overlap, --wrong, --field-size, --parcels-epsg and --threads take numbers</source>
        <translation>synth: --seed, --tiles, --size, --overlap, --wrong, --field-size, --parcels-epsg e --threads richiedono numeri</translation>
    </message>
    <message>
        <source>σ of Gaussian noise added to the standardised inputs while training (default %1 for lstm, %2 for the other networks; 0: none)</source>
        <translation>σ del rumore gaussiano aggiunto agli input standardizzati durante l&apos;addestramento (predefinito %1 per lstm, %2 per le altre reti; 0: nessuno)</translation>
    </message>
    <message>
        <source>Parcel-id raster (e.g. thematic/&lt;TILE&gt;_parcels.tif): the area estimates&apos; standard errors at parcel level, each parcel&apos;s scored pixels one cluster (default: pixel level)</source>
        <translation>Raster degli ID delle particelle (es. thematic/&lt;TILE&gt;_parcels.tif): errori standard delle stime delle superfici a livello di particella, i pixel valutati di ogni particella un cluster (predefinito: livello di pixel)</translation>
    </message>
    <message>
        <source>With --model: score against the samples&apos; declared labels (declarations, default) or their true classes (truth; sample sets of synthetic scenes)</source>
        <translation>Con --model: valutare rispetto alle etichette dichiarate dei campioni (declarations, predefinito) o alle loro classi vere (truth; insiemi di campioni di scene sintetiche)</translation>
    </message>
    <message>
        <source>--against must be declarations or truth, not &quot;%1&quot;</source>
        <translation>--against deve essere declarations o truth, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--against goes with --model and --samples (a map is scored against --reference)</source>
        <translation>--against va con --model e --samples (una mappa si valuta rispetto a --reference)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no true classes: only the sample sets of synthetic scenes know them (score against the declarations instead)</source>
        <translation>&quot;%1&quot; non contiene classi vere: solo gli insiemi di campioni di scene sintetiche le conoscono (valutare invece rispetto alle dichiarazioni)</translation>
    </message>
    <message>
        <source>true classes of %1</source>
        <translation>classi vere di %1</translation>
    </message>
    <message>
        <source>ε of label smoothing: the training target gives 1 − ε to the declared class and ε evenly to all (default %1; 0: none)</source>
        <translation>ε del label smoothing: l’obiettivo di addestramento dà 1 − ε alla classe dichiarata ed ε in parti uguali a tutte (predefinito %1; 0: nessuno)</translation>
    </message>
    <message>
        <source>α of mixup: each training batch is blended with a shuffled copy of itself by λ ~ Beta(α, α), inputs and losses alike (default %1; 0: none)</source>
        <translation>α del mixup: ogni batch di addestramento è miscelato con una copia rimescolata di sé stesso secondo λ ~ Beta(α, α), input e perdite allo stesso modo (predefinito %1; 0: nessuno)</translation>
    </message>
    <message>
        <source>--steps, --fine-tune-steps, --epochs, --fine-tune-epochs, --patience, --eval-every, --warmup, --lr, --weight-decay, --clip-norm, --averaging, --input-noise, --label-smoothing, --mixup, --members, --dropout, --batch-size, --threads and --seed take numbers</source>
        <translation>--steps, --fine-tune-steps, --epochs, --fine-tune-epochs, --patience, --eval-every, --warmup, --lr, --weight-decay, --clip-norm, --averaging, --input-noise, --label-smoothing, --mixup, --members, --dropout, --batch-size, --threads e --seed richiedono numeri</translation>
    </message>
    <message>
        <source>Model file written by &apos;cropmap train&apos;</source>
        <translation>File di modello scritto da &apos;cropmap train&apos;</translation>
    </message>
    <message>
        <source>A tile&apos;s monthly composites: &lt;TILE&gt;_composites.vrt or its folder (repeatable: one map per tile)</source>
        <translation>I compositi mensili di una tile: &lt;TILE&gt;_composites.vrt o la sua cartella (ripetibile: una mappa per tile)</translation>
    </message>
    <message>
        <source>Raster on the tile grid: classify only pixels != 0 (e.g. the parcels)</source>
        <translation>Raster sulla griglia della tile: classifica solo i pixel != 0 (ad es. le particelle)</translation>
    </message>
    <message>
        <source>Also write every class probability</source>
        <translation>Scrivi anche ogni probabilità di classe</translation>
    </message>
    <message>
        <source>Block edge in pixels (default 512)</source>
        <translation>Lato di un blocco in pixel (predefinito 512)</translation>
    </message>
    <message>
        <source>Pixels per batch (default 8192)</source>
        <translation>Pixel per batch (predefinito 8192)</translation>
    </message>
    <message>
        <source>Arithmetic of the seed LSTM&apos;s products: float32 (default) or bfloat16 (inputs and weights rounded to bfloat16, float sums; CPUs with AVX-512 BF16, about twice as fast; other models and CPUs run float32 and say so)</source>
        <translation>Aritmetica dei prodotti dell’LSTM dello studio di partenza: float32 (predefinito) o bfloat16 (input e pesi arrotondati a bfloat16, somme in float; CPU con AVX-512 BF16, circa due volte più veloce; gli altri modelli e CPU calcolano in float32 e lo segnalano)</translation>
    </message>
    <message>
        <source>Map whole tiles with a trained model: a class map (uint8 class ids, colour table, QGIS style) and a posterior map (max softmax x 255) per tile, written atomically.</source>
        <translation>Mappa tile intere con un modello addestrato: per ogni tile una mappa delle classi (id di classe uint8, tabella dei colori, stile QGIS) e una mappa delle probabilità a posteriori (softmax massimo x 255), scritte in modo atomico.</translation>
    </message>
    <message>
        <source>classify needs --model, --stack and --out</source>
        <translation>classify richiede --model, --stack e --out</translation>
    </message>
    <message>
        <source>--block-size must be &gt;= 16 and --batch-size &gt;= 1</source>
        <translation>--block-size deve essere &gt;= 16 e --batch-size &gt;= 1</translation>
    </message>
    <message>
        <source>classification canceled; no map was written</source>
        <translation>classificazione annullata; nessuna mappa è stata scritta</translation>
    </message>
    <message>
        <source>Project file (JSON)</source>
        <translation>File di progetto (JSON)</translation>
    </message>
    <message>
        <source>First step to run (default: composite)</source>
        <translation>Prima fase da eseguire (predefinito: composite)</translation>
    </message>
    <message>
        <source>Last step to run (default: check)</source>
        <translation>Ultima fase da eseguire (predefinito: check)</translation>
    </message>
    <message>
        <source>Re-run steps even when up to date</source>
        <translation>Riesegui le fasi anche se aggiornate</translation>
    </message>
    <message>
        <source>Only print each step&apos;s state</source>
        <translation>Stampa solo lo stato di ogni fase</translation>
    </message>
    <message>
        <source>Memory the steps size their parts by, e.g. 4G or 512M (default: the project&apos;s &quot;memory&quot;, else a quarter of the RAM); changes no result</source>
        <translation>Memoria in base alla quale le fasi dimensionano le loro parti, ad es. 4G o 512M (predefinito: «memory» del progetto, altrimenti un quarto della RAM); non cambia alcun risultato</translation>
    </message>
    <message>
        <source>Run the whole method for a project: composite, rasterize, sample, train_weak, select, train_final, classify, evaluate, check. Steps whose options and inputs did not change since their last run are skipped, so an interrupted run resumes. Writes &lt;output&gt;/run.log.</source>
        <translation>Esegui l’intero metodo per un progetto: composite, rasterize, sample, train_weak, select, train_final, classify, evaluate, check. Le fasi le cui opzioni e input non sono cambiati dall’ultima esecuzione vengono saltate, così un’esecuzione interrotta riprende. Scrive &lt;output&gt;/run.log.</translation>
    </message>
    <message>
        <source>run needs exactly one project file</source>
        <translation>run richiede esattamente un file di progetto</translation>
    </message>
    <message>
        <source>Reports in %1</source>
        <translation>Rapporti in %1</translation>
    </message>
    <message>
        <source>run canceled; finished steps are kept and a re-run resumes</source>
        <translation>run annullato; le fasi completate sono conservate e una nuova esecuzione riprende da lì</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonna %1: %2</translation>
    </message>
    <message>
        <source>Sample table: a CSV table (see --csv-*) or a sample set (.samples)</source>
        <translation>Tabella dei campioni: una tabella CSV (vedi --csv-*) o un insieme di campioni (.samples)</translation>
    </message>
    <message>
        <source>Number of folds k (default 5)</source>
        <translation>Numero di fold k (predefinito 5)</translation>
    </message>
    <message>
        <source>Comma-separated models: %1 or forest (default %2)</source>
        <translation>Modelli separati da virgole: %1 o forest (predefinito %2)</translation>
    </message>
    <message>
        <source>Folder for folds.csv, cv-cells/ (one file per finished model and fold), cv.json, cv.csv, cv.html and cv-folds.csv</source>
        <translation>Cartella per folds.csv, cv-cells/ (un file per ogni modello e fold completato), cv.json, cv.csv, cv.html e cv-folds.csv</translation>
    </message>
    <message>
        <source>Random seed of the folds and the training (default 42)</source>
        <translation>Seed casuale dei fold e dell’addestramento (predefinito 42)</translation>
    </message>
    <message>
        <source>LibTorch and forest threads (default: every core)</source>
        <translation>Thread di LibTorch e della random forest (predefinito: tutti i core)</translation>
    </message>
    <message>
        <source>The networks&apos; training options as a project&apos;s &quot;train&quot; section, e.g. &apos;{&quot;criterion&quot;: &quot;loss&quot;, &quot;steps&quot;: 1000}&apos; (default: the defaults of cropmap train)</source>
        <translation>Le opzioni di addestramento delle reti come sezione «train» di un progetto, ad es. &apos;{&quot;criterion&quot;: &quot;loss&quot;, &quot;steps&quot;: 1000}&apos; (predefinito: i valori predefiniti di cropmap train)</translation>
    </message>
    <message>
        <source>Cross-validate models on one sample table, group-wise and stratified by class: the groups (--csv-group-column: polygon, parcel or location ids) are dealt to k folds so that every fold has about the same share of each class and no group is on two folds. For each fold, each model trains on the other folds (the networks with the default training options or --train, stopping early on a stratified group validation split of 20 % of them; the random forest on all of them) and is scored on the fold. Prints OA and macro F1 per fold with mean ± sd. Finished folds are kept, so an interrupted run resumes (Ctrl-C cancels cleanly).</source>
        <translation>Esegui la validazione incrociata di modelli su una tabella dei campioni, per gruppi e stratificata per classe: i gruppi (--csv-group-column: id di poligoni, particelle o località) sono ripartiti su k fold in modo che ogni fold abbia circa la stessa quota di ogni classe e nessun gruppo stia in due fold. Per ogni fold, ogni modello si addestra sugli altri fold (le reti con le opzioni di addestramento predefinite o --train, fermandosi in anticipo su una suddivisione di validazione stratificata per gruppi del 20 % di essi; la random forest su tutti) ed è valutato sul fold. Stampa OA e F1 macro per fold con media ± dev. std. I fold completati sono conservati, così un’esecuzione interrotta riprende (Ctrl-C annulla in modo pulito).</translation>
    </message>
    <message>
        <source>experiment cv needs one sample table and --out</source>
        <translation>experiment cv richiede una tabella dei campioni e --out</translation>
    </message>
    <message>
        <source>--train takes a JSON object such as &apos;{&quot;steps&quot;: 1000}&apos;: %1</source>
        <translation>--train accetta un oggetto JSON come &apos;{&quot;steps&quot;: 1000}&apos;: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>non è un oggetto</translation>
    </message>
    <message>
        <source>No --csv-group-column: every row is its own group, so samples of one field or location may be on different folds and the scores flatter the models</source>
        <translation>Nessuna --csv-group-column: ogni riga è un gruppo a sé, quindi i campioni di uno stesso campo o luogo possono finire in fold diversi e i punteggi risultano troppo favorevoli ai modelli</translation>
    </message>
    <message>
        <source>cross-validation canceled; finished folds are kept in %1 and a re-run resumes</source>
        <translation>validazione incrociata annullata; i fold completati sono conservati in %1 e una nuova esecuzione riprende da lì</translation>
    </message>
    <message>
        <source>Folds in %1; tables in %2.json, .csv and .html, per fold in %3</source>
        <translation>Fold in %1; tabelle in %2.json, .csv e .html, per fold in %3</translation>
    </message>
    <message>
        <source>table1, table2 or table3; or cv for a cross-validation on a sample table (cropmap experiment cv --help)</source>
        <translation>table1, table2 o table3; oppure cv per una validazione incrociata su una tabella dei campioni (cropmap experiment cv --help)</translation>
    </message>
    <message>
        <source>Tile whose test patches score every column (default: the tile with the most acquisitions), or &quot;all&quot; for the test patches of every tile (tables 2 and 3: more parcels, steadier scores)</source>
        <translation>Tile sulle cui patch di test viene valutata ogni colonna (predefinito: la tile con più acquisizioni), oppure «all» per le patch di test di tutte le tile (tabelle 2 e 3: più particelle, punteggi più stabili)</translation>
    </message>
    <message>
        <source>Runs per column with seeds seed, seed+1, …: mean ± sd (default 1)</source>
        <translation>Esecuzioni per colonna con i seed seed, seed+1, …: media ± dev. std. (predefinito 1)</translation>
    </message>
    <message>
        <source>Comma-separated subset of the columns (table1: whole_series, target_tile, other_tiles, all_tiles; table2: lstm, msresnet, inceptiontime, starrnn, forest, tempcnn; table3: none, seed, adaptive, parcel)</source>
        <translation>Sottoinsieme delle colonne, separate da virgole (table1: whole_series, target_tile, other_tiles, all_tiles; table2: lstm, msresnet, inceptiontime, starrnn, forest, tempcnn; table3: none, seed, adaptive, parcel)</translation>
    </message>
    <message>
        <source>Comma-separated seeds instead of --repeats (say 2 here and 3 in a second process): each run is stored by its seed, so a later --repeats run that includes these seeds reuses them</source>
        <translation>Seed separati da virgole al posto di --repeats (ad es. 2 qui e 3 in un secondo processo): ogni esecuzione è salvata con il suo seed, così una successiva esecuzione con --repeats che include questi seed li riutilizza</translation>
    </message>
    <message>
        <source>Rerun one of the seed&apos;s comparisons on a project. The project&apos;s pipeline runs first up to the samples (skipped when up to date); each column then trains under &lt;output&gt;/experiments/&lt;table&gt;/ and is scored on the labelled test-patch pixels of the target tile against the declarations and, on synthetic scenes, the truth. Finished columns are reused, so an interrupted experiment resumes. Writes &lt;output&gt;/experiments/&lt;table&gt;.json, .csv and .html and prints the table. `cropmap experiment cv TABLE.csv --out DIR` instead cross-validates models group-wise on a sample table.</source>
        <translation>Ripeti uno dei confronti dello studio di partenza su un progetto. Prima la pipeline del progetto viene eseguita fino ai campioni (saltata se aggiornata); poi ogni colonna si addestra in &lt;output&gt;/experiments/&lt;table&gt;/ ed è valutata sui pixel etichettati delle patch di test della tile obiettivo rispetto alle dichiarazioni e, sulle scene sintetiche, alla verità. Le colonne completate vengono riutilizzate, così un esperimento interrotto riprende. Scrive &lt;output&gt;/experiments/&lt;table&gt;.json, .csv e .html e stampa la tabella. `cropmap experiment cv TABLE.csv --out DIR` esegue invece la validazione incrociata per gruppi dei modelli su una tabella dei campioni.</translation>
    </message>
    <message>
        <source>experiment needs a table (table1, table2 or table3) and a project file</source>
        <translation>experiment richiede una tabella (table1, table2 o table3) e un file di progetto</translation>
    </message>
    <message>
        <source>--repeats needs a whole number, not &quot;%1&quot;</source>
        <translation>--repeats richiede un numero intero, non «%1»</translation>
    </message>
    <message>
        <source>--seeds needs whole numbers separated by commas, not &quot;%1&quot;</source>
        <translation>--seeds richiede numeri interi separati da virgole, non «%1»</translation>
    </message>
    <message>
        <source>--seeds needs at least one seed</source>
        <translation>--seeds richiede almeno un seed</translation>
    </message>
    <message>
        <source>Tables in %1.json, .csv and .html</source>
        <translation>Tabelle in %1.json, .csv e .html</translation>
    </message>
    <message>
        <source>experiment canceled; finished columns are kept and a re-run resumes</source>
        <translation>experiment annullato; le colonne completate sono conservate e una nuova esecuzione riprende da lì</translation>
    </message>
    <message>
        <source>The weak model that judges the pool</source>
        <translation>Il modello debole che valuta il pool</translation>
    </message>
    <message>
        <source>Every eroded labelled pixel of the train patches (samples/pool/train.samples)</source>
        <translation>Ogni pixel eroso etichettato delle patch di addestramento (samples/pool/train.samples)</translation>
    </message>
    <message>
        <source>The weak training set (its n_u per class caps the final set)</source>
        <translation>L’insieme di addestramento debole (il suo n_u per classe limita l’insieme finale)</translation>
    </message>
    <message>
        <source>Validation set (needed with --crossfit-folds)</source>
        <translation>Insieme di validazione (necessario con --crossfit-folds)</translation>
    </message>
    <message>
        <source>Folder of &lt;TILE&gt;/&lt;TILE&gt;_composites.vrt: also write &lt;TILE&gt;_reliable.tif (1 kept, 2 disagreeing, 3 low confidence)</source>
        <translation>Cartella di &lt;TILE&gt;/&lt;TILE&gt;_composites.vrt: scrivi anche &lt;TILE&gt;_reliable.tif (1 mantenuto, 2 in disaccordo, 3 bassa confidenza)</translation>
    </message>
    <message>
        <source>seed, adaptive (default), parcel or none</source>
        <translation>seed, adaptive (predefinito), parcel o none</translation>
    </message>
    <message>
        <source>seed rule: share (%) of each class&apos;s candidates dropped from the bottom (default 25)</source>
        <translation>regola «seed»: quota (%) dei candidati di ogni classe scartata dal fondo (predefinito 25)</translation>
    </message>
    <message>
        <source>adaptive rule: classes whose disagreement rate is below this are kept whole (default 0.05)</source>
        <translation>regola «adaptive»: le classi con un tasso di disaccordo inferiore a questo valore sono mantenute per intero (predefinito 0.05)</translation>
    </message>
    <message>
        <source>parcel rule: drop a parcel when fewer of its pixels agree (default 0.5)</source>
        <translation>regola «parcel»: scarta una particella quando concorda una quota minore dei suoi pixel (predefinito 0.5)</translation>
    </message>
    <message>
        <source>parcel rule: skip a class whose dropped share would exceed this (default 0.5)</source>
        <translation>regola «parcel»: salta una classe la cui quota scartata supererebbe questo valore (predefinito 0.5)</translation>
    </message>
    <message>
        <source>Judge each pixel with a model trained without its fold (k ≥ 2; default 0: off)</source>
        <translation>Valuta ogni pixel con un modello addestrato senza il suo fold (k ≥ 2; predefinito 0: disattivato)</translation>
    </message>
    <message>
        <source>Select reliable samples: the weak model judges every pool pixel; candidates are pixels whose prediction equals their declaration; the rule keeps the reliable ones; the final training set is drawn from them with the weak set&apos;s n_u per class, capped by the pool. Writes final_train.samples and selection.json (per-class counts, r_u, and on synthetic data the cleaning&apos;s precision and recall against the truth).</source>
        <translation>Seleziona i campioni affidabili: il modello debole valuta ogni pixel del pool; i candidati sono i pixel la cui predizione coincide con la dichiarazione; la regola mantiene quelli affidabili; l’insieme di addestramento finale viene estratto da essi con l’n_u per classe dell’insieme debole, limitato dal pool. Scrive final_train.samples e selection.json (conteggi per classe, r_u e, sui dati sintetici, precisione e richiamo della pulizia rispetto alla verità).</translation>
    </message>
    <message>
        <source>select needs --%1</source>
        <translation>select richiede --%1</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;</source>
        <translation>--%1 accetta un numero, non «%2»</translation>
    </message>
    <message>
        <source>--crossfit-folds needs --val</source>
        <translation>--crossfit-folds richiede --val</translation>
    </message>
    <message>
        <source>%1 pool pixels, %2 candidates, %3 kept; final training set of %4 samples in %5</source>
        <translation>%1 pixel del pool, %2 candidati, %3 mantenuti; insieme di addestramento finale di %4 campioni in %5</translation>
    </message>
    <message>
        <source>cleaning against the truth: removed %1 pixels, %2 wrongly declared; precision %3, recall %4</source>
        <translation>pulizia rispetto alla verità: rimossi %1 pixel, di cui %2 dichiarati in modo errato; precisione %3, richiamo %4</translation>
    </message>
    <message>
        <source>– (nothing removed)</source>
        <translation>– (nulla rimosso)</translation>
    </message>
    <message>
        <source>select canceled; no output was replaced</source>
        <translation>select annullato; nessun output è stato sostituito</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source>Finding the truly wrong declarations (parcels):</source>
        <translation>Individuazione delle dichiarazioni davvero errate (particelle):</translation>
    </message>
    <message>
        <source>test-set parcels</source>
        <translation>particelle di test</translation>
    </message>
    <message>
        <source>all parcels</source>
        <translation>tutte le particelle</translation>
    </message>
    <message>
        <source>Project file (JSON) whose maps to check</source>
        <translation>File di progetto (JSON) di cui controllare le mappe</translation>
    </message>
    <message>
        <source>Agreement from which a declaration agrees (default: the project&apos;s check.agree, else %1)</source>
        <translation>Accordo a partire dal quale una dichiarazione concorda (predefinito: check.agree del progetto, altrimenti %1)</translation>
    </message>
    <message>
        <source>Agreement under which a declaration disagrees (default: the project&apos;s check.disagree, else %1)</source>
        <translation>Accordo al di sotto del quale una dichiarazione discorda (predefinito: check.disagree del progetto, altrimenti %1)</translation>
    </message>
    <message>
        <source>Fewer mapped eroded pixels make a parcel &quot;too small&quot; (default: the project&apos;s check.min_pixels, else %1)</source>
        <translation>Con meno pixel erosi mappati una particella è «troppo piccola» (predefinito: check.min_pixels del progetto, altrimenti %1)</translation>
    </message>
    <message>
        <source>Write the thresholds given here into the project file</source>
        <translation>Scrivi nel file di progetto le soglie indicate qui</translation>
    </message>
    <message>
        <source>Check again even when up to date</source>
        <translation>Controlla di nuovo anche se aggiornato</translation>
    </message>
    <message>
        <source>Check every declared parcel of a legend class against the project&apos;s class maps (the pipeline&apos;s check step; needs the steps up to classify, and evaluate for the report section). Writes &lt;output&gt;/check/parcels.gpkg with parcels.qml, summary.json and summary.csv, and adds the summary to &lt;output&gt;/reports/accuracy.html. Status: agrees when the share of mapped eroded pixels of the declared class is at least --agree, disagrees under --disagree, doubtful between, too small under --min-pixels.</source>
        <translation>Controlla ogni particella dichiarata di una classe della legenda rispetto alle mappe delle classi del progetto (la fase di controllo della pipeline; richiede le fasi fino a classify, ed evaluate per la sezione del rapporto). Scrive &lt;output&gt;/check/parcels.gpkg con parcels.qml, summary.json e summary.csv e aggiunge il riepilogo a &lt;output&gt;/reports/accuracy.html. Stato: concorda quando la quota di pixel erosi mappati della classe dichiarata è almeno --agree, discorda sotto --disagree, dubbia nel mezzo, troppo piccola sotto --min-pixels.</translation>
    </message>
    <message>
        <source>check needs exactly one project file</source>
        <translation>check richiede esattamente un file di progetto</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 richiede un numero, non «%2»</translation>
    </message>
    <message>
        <source>the check thresholds</source>
        <translation>le soglie del controllo</translation>
    </message>
    <message>
        <source>Checked parcels in %1</source>
        <translation>Particelle controllate in %1</translation>
    </message>
    <message>
        <source>check canceled; earlier outputs are kept</source>
        <translation>check annullato; gli output precedenti sono conservati</translation>
    </message>
    <message>
        <source>Train an ensemble of n networks (seeds seed, seed + 1, …) whose class probabilities are averaged; one model file holds them all (default 0, auto: %1 on a table with --csv-group-column and up to %2 training samples, each network holding out its own groups; 1 otherwise)</source>
        <translation>Addestra un ensemble di n reti (seed seed, seed + 1, …) le cui probabilità di classe vengono mediate; un solo file di modello le contiene tutte (predefinito 0, auto: %1 su una tabella con --csv-group-column e fino a %2 campioni di addestramento, ogni rete tiene da parte i propri gruppi; altrimenti 1)</translation>
    </message>
    <message>
        <source>Trainings per model and fold, with training seeds seed, seed+1, … on the same folds and validation splits: each fold&apos;s figures are the mean of its runs, and the mean per seed shows how much the result moves from training noise alone (default 1)</source>
        <translation>Addestramenti per modello e fold, con i seed di addestramento seed, seed+1, … sugli stessi fold e le stesse suddivisioni di validazione: i valori di un fold sono la media delle sue esecuzioni, e la media per seed mostra quanto il risultato si sposta per il solo rumore dell’addestramento (predefinito 1)</translation>
    </message>
    <message>
        <source>--folds, --seed, --threads and --repeats take whole numbers</source>
        <translation>--folds, --seed, --threads e --repeats accettano numeri interi</translation>
    </message>
</context>
<context>
    <name>cropmap::app::SampleInputFlags</name>
    <message>
        <source>CSV tables: value × scale = sample value (0.0001 for reflectance × 10000; default 1)</source>
        <translation>Tabelle CSV: valore × scala = valore del campione (0.0001 per riflettanza × 10000; predefinito 1)</translation>
    </message>
    <message>
        <source>CSV tables: label column name, or 1-based number with --csv-no-header (default label / 1)</source>
        <translation>Tabelle CSV: nome della colonna delle etichette, o numero a partire da 1 con --csv-no-header (predefinito label / 1)</translation>
    </message>
    <message>
        <source>CSV tables: group (polygon or parcel id) column; splits keep groups whole</source>
        <translation>Tabelle CSV: colonna del gruppo (id del poligono o della particella); le suddivisioni mantengono interi i gruppi</translation>
    </message>
    <message>
        <source>CSV tables: date-major (t1_B02, t1_B03, …; default) or band-major</source>
        <translation>Tabelle CSV: per data (t1_B02, t1_B03, …; predefinito) o per banda</translation>
    </message>
    <message>
        <source>CSV tables: field delimiter (default &apos;,&apos;; &apos;tab&apos; for tabs)</source>
        <translation>Tabelle CSV: separatore di campo (predefinito &apos;,&apos;; &apos;tab&apos; per le tabulazioni)</translation>
    </message>
    <message>
        <source>CSV tables: no header row</source>
        <translation>Tabelle CSV: nessuna riga di intestazione</translation>
    </message>
    <message>
        <source>--csv-steps takes a whole number ≥ 1, not &quot;%1&quot;</source>
        <translation>--csv-steps accetta un numero intero ≥ 1, non «%1»</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; needs --csv-bands and --csv-steps to tell its value columns apart</source>
        <translation>La tabella «%1» richiede --csv-bands e --csv-steps per distinguere le sue colonne di valori</translation>
    </message>
    <message>
        <source>CSV tables: band names, in the table&apos;s order within a step (evaluate --model defaults to the model&apos;s)</source>
        <translation>Tabelle CSV: nomi delle bande, nell’ordine della tabella all’interno di un passo (evaluate --model usa per impostazione predefinita quelli del modello)</translation>
    </message>
    <message>
        <source>CSV tables: number of time steps T (evaluate --model defaults to the model&apos;s)</source>
        <translation>Tabelle CSV: numero di passi temporali T (evaluate --model usa per impostazione predefinita quello del modello)</translation>
    </message>
    <message>
        <source>CSV tables: comma-separated columns that hold no values (e.g. a date), names or 1-based numbers with --csv-no-header</source>
        <translation>Tabelle CSV: colonne separate da virgole che non contengono valori (ad es. una data), nomi o numeri a partire da 1 con --csv-no-header</translation>
    </message>
    <message>
        <source>CSV tables: the value columns are FIRST to LAST (default: the last column), less label, group and skipped columns; default: every other column</source>
        <translation>Tabelle CSV: le colonne di valori vanno da FIRST a LAST (predefinito: l’ultima colonna), escluse le colonne di etichetta, gruppo e quelle saltate; predefinito: tutte le altre colonne</translation>
    </message>
    <message>
        <source>CSV tables: labels are class names, codes (ids) or auto (default); the legend&apos;s mapping comes first</source>
        <translation>Tabelle CSV: le etichette sono nomi di classe, codici (id) o auto (predefinito); le corrispondenze della legenda hanno la precedenza</translation>
    </message>
    <message>
        <source>CSV tables: legend (JSON or CSV file, or a name like --legend&apos;s): labels go through its mapping, then name its classes; values it ignores leave samples unlabelled (default: the model&apos;s classes, else one class per label; --csv-classes is the same)</source>
        <translation>Tabelle CSV: legenda (file JSON o CSV, o un nome come per --legend): le etichette passano per le sue corrispondenze, poi ne nominano le classi; i valori che ignora lasciano i campioni senza etichetta (predefinito: le classi del modello, altrimenti una classe per etichetta; --csv-classes è lo stesso)</translation>
    </message>
</context>
<context>
    <name>cropmap::app::TableFlags</name>
    <message>
        <source>Value columns date-major (t1_B02, t1_B03, …; default) or band-major (B02 at every step, then B03, …)</source>
        <translation>Colonne di valori per data (t1_B02, t1_B03, …; predefinito) o per banda (B02 in ogni passo, poi B03, …)</translation>
    </message>
    <message>
        <source>Field delimiter (default &apos;,&apos;; &apos;tab&apos; for tabs)</source>
        <translation>Separatore di campo (predefinito &apos;,&apos;; &apos;tab&apos; per le tabulazioni)</translation>
    </message>
    <message>
        <source>Labels are class names, class codes (ids), or auto: a name, else a code (default)</source>
        <translation>Le etichette sono nomi di classe, codici di classe (id) o auto: un nome, altrimenti un codice (predefinito)</translation>
    </message>
</context>
<context>
    <name>cropmap::core</name>
    <message>
        <source>%1: &quot;%2&quot; is not a usable tile id: tile ids name files and folders, so they must be an MGRS id such as T33UVP, or 1 to 64 letters, digits, &apos;_&apos; and &apos;-&apos; (no path separator, no &quot;..&quot;)</source>
        <translation>%1: «%2» non è un id di tile utilizzabile: gli id delle tile danno il nome a file e cartelle, quindi devono essere un id MGRS come T33UVP, oppure da 1 a 64 lettere, cifre, &apos;_&apos; e &apos;-&apos; (nessun separatore di percorso, nessun «..»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would lie outside its output folder &quot;%2&quot;; refusing to write or remove it</source>
        <translation>«%1» si troverebbe fuori dalla sua cartella di output «%2»; rifiuto di scriverlo o rimuoverlo</translation>
    </message>
</context>
<context>
    <name>cropmap::core::CsvRows</name>
    <message>
        <source>&quot;%1&quot;, line %2: a quoted field is never closed</source>
        <translation>«%1», riga %2: un campo tra virgolette non viene mai chiuso</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: text after a closing quote</source>
        <translation>«%1», riga %2: testo dopo una virgoletta di chiusura</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: a quote inside an unquoted field (quote the whole field and double the inner quotes)</source>
        <translation>«%1», riga %2: una virgoletta dentro un campo senza virgolette (racchiudi l’intero campo tra virgolette e raddoppia quelle interne)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::Job</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
    <message>
        <source>%1 failed with an unknown error.</source>
        <translation>%1 non riuscito per un errore sconosciuto.</translation>
    </message>
</context>
<context>
    <name>cropmap::core::JsonSyntaxError</name>
    <message>
        <source>a trailing comma: no value follows it before the closing bracket</source>
        <translation>una virgola finale: nessun valore la segue prima della parentesi di chiusura</translation>
    </message>
    <message>
        <source>a value is missing after the colon</source>
        <translation>manca un valore dopo i due punti</translation>
    </message>
    <message>
        <source>a %1 where the %2 at line %3, column %4 is still open</source>
        <translation>un %1 mentre il %2 alla riga %3, colonna %4 è ancora aperto</translation>
    </message>
    <message>
        <source>the input ends before the %1 at line %2, column %3 is closed</source>
        <translation>l’input termina prima che il %1 alla riga %2, colonna %3 sia chiuso</translation>
    </message>
    <message>
        <source>: a quoted key is expected here</source>
        <translation>: qui è attesa una chiave tra virgolette</translation>
    </message>
    <message>
        <source>: a comma or a closing brace is missing before this</source>
        <translation>: prima di questo manca una virgola o una parentesi graffa di chiusura</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>riga %1, colonna %2: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::MemoryBudget</name>
    <message>
        <source>%1: &quot;%2&quot; is not a memory size; write e.g. 4G, 512M or 2048 (MiB)</source>
        <translation>%1: &quot;%2&quot; non è una dimensione di memoria; scrivere ad es. 4G, 512M o 2048 (MiB)</translation>
    </message>
    <message>
        <source>%1: %2 is below the smallest budget, 256M</source>
        <translation>%1: %2 è sotto il budget minimo, 256M</translation>
    </message>
    <message>
        <source>%1 (a quarter of %2 RAM)</source>
        <translation>%1 (un quarto di %2 di RAM)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check</name>
    <message>
        <source>The declaration check needs the parcel raster &quot;%1&quot;, which does not exist (run the rasterize step)</source>
        <translation>Il controllo delle dichiarazioni richiede il raster delle particelle «%1», che non esiste (esegui la fase di rasterizzazione)</translation>
    </message>
    <message>
        <source>the eroded class raster</source>
        <translation>il raster delle classi eroso</translation>
    </message>
    <message>
        <source>the class map</source>
        <translation>la mappa delle classi</translation>
    </message>
    <message>
        <source>the posterior map</source>
        <translation>la mappa della probabilità a posteriori</translation>
    </message>
    <message>
        <source>the probability raster</source>
        <translation>il raster delle probabilità</translation>
    </message>
    <message>
        <source>the split-set raster</source>
        <translation>il raster della suddivisione</translation>
    </message>
    <message>
        <source>Cannot add the field %1 to &quot;%2&quot;: %3</source>
        <translation>Impossibile aggiungere il campo %1 a «%2»: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::CheckOptions</name>
    <message>
        <source>%1: the thresholds must satisfy 0 ≤ disagree ≤ agree ≤ 1 (disagree %2, agree %3)</source>
        <translation>%1: le soglie devono soddisfare 0 ≤ disagree ≤ agree ≤ 1 (disagree %2, agree %3)</translation>
    </message>
    <message>
        <source>%1: &quot;min_pixels&quot; must be at least 1 (got %2)</source>
        <translation>%1: «min_pixels» deve essere almeno 1 (ricevuto %2)</translation>
    </message>
    <message>
        <source>%1: unknown check option &quot;%2&quot; (known: %3)</source>
        <translation>%1: opzione di controllo sconosciuta «%2» (note: %3)</translation>
    </message>
    <message>
        <source>%1: the check option &quot;%2&quot; must be a number</source>
        <translation>%1: l’opzione di controllo «%2» deve essere un numero</translation>
    </message>
    <message>
        <source>%1: &quot;min_pixels&quot; must be a whole number (got %2)</source>
        <translation>%1: «min_pixels» deve essere un numero intero (ricevuto %2)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::CheckSummary</name>
    <message>
        <source>Declared parcels of the legend classes against the map: agrees from an agreement of %1, disagrees under %2, too small under %3 mapped eroded pixels; %4 parcels trained the map&apos;s model (their agreement is optimistic).</source>
        <translation>Particelle dichiarate delle classi della legenda rispetto alla mappa: concorda da un accordo di %1, discorda sotto %2, troppo piccola sotto %3 pixel erosi mappati; %4 particelle hanno addestrato il modello della mappa (il loro accordo è ottimistico).</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source>Finding the truly wrong declarations (precision / recall, parcels):</source>
        <translation>Individuazione delle dichiarazioni davvero errate (precisione / richiamo, particelle):</translation>
    </message>
    <message>
        <source>test: disagrees</source>
        <translation>test: discorda</translation>
    </message>
    <message>
        <source>test: disagrees or doubtful</source>
        <translation>test: discorda o dubbia</translation>
    </message>
    <message>
        <source>test: wrong</source>
        <translation>test: errata</translation>
    </message>
    <message>
        <source>all: disagrees</source>
        <translation>tutte: discorda</translation>
    </message>
    <message>
        <source>all: disagrees or doubtful</source>
        <translation>tutte: discorda o dubbia</translation>
    </message>
    <message>
        <source>all: wrong</source>
        <translation>tutte: errata</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::DeclarationCheck</name>
    <message>
        <source>&quot;%1&quot; has no layer &quot;%2&quot;</source>
        <translation>«%1» non ha il layer «%2»</translation>
    </message>
    <message>
        <source>The declaration check needs %1 &quot;%2&quot;, which does not exist</source>
        <translation>Il controllo delle dichiarazioni richiede %1 «%2», che non esiste</translation>
    </message>
    <message>
        <source>Declaration check of %1</source>
        <translation>Controllo delle dichiarazioni di %1</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Controllo delle dichiarazioni</translation>
    </message>
    <message>
        <source>Declaration check: no tile to check</source>
        <translation>Controllo delle dichiarazioni: nessun tassello da controllare</translation>
    </message>
    <message>
        <source>the parcel raster of the rasterize step</source>
        <translation>il raster delle particelle della fase di rasterizzazione</translation>
    </message>
    <message>
        <source>the eroded class raster of the rasterize step</source>
        <translation>il raster delle classi eroso della fase di rasterizzazione</translation>
    </message>
    <message>
        <source>the class map of the classify step</source>
        <translation>la mappa delle classi della fase di classificazione</translation>
    </message>
    <message>
        <source>the posterior map of the classify step</source>
        <translation>la mappa della probabilità a posteriori della fase di classificazione</translation>
    </message>
    <message>
        <source>the training set of the map&apos;s model</source>
        <translation>l’insieme di addestramento del modello della mappa</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; has no truth field &quot;%3&quot;; its fields are: %4</source>
        <translation>Il layer «%1» di «%2» non ha il campo di verità «%3»; i suoi campi sono: %4</translation>
    </message>
    <message>
        <source>Reading the maps of %1</source>
        <translation>Lettura delle mappe di %1</translation>
    </message>
    <message>
        <source>Reading the parcels</source>
        <translation>Lettura delle particelle</translation>
    </message>
    <message>
        <source>Writing the checked parcels</source>
        <translation>Scrittura delle particelle controllate</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::ParcelCheckWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: GDAL lacks the GPKG driver</source>
        <translation>Impossibile scrivere «%1»: in GDAL manca il driver GPKG</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>Impossibile creare «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the layer parcels in &quot;%1&quot;: %2</source>
        <translation>Impossibile creare il layer parcels in «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot add the field %1 to &quot;%2&quot;: %3</source>
        <translation>Impossibile aggiungere il campo %1 a «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write parcel %1 to &quot;%2&quot;: %3</source>
        <translation>Impossibile scrivere la particella %1 in «%2»: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::ParcelVerdicts</name>
    <message>
        <source>%1: the verdict of parcel %2 must be an object</source>
        <translation>%1: il verdetto della particella %2 deve essere un oggetto</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; in the verdict of parcel %3 (known: verdict, note)</source>
        <translation>%1: chiave sconosciuta «%2» nel verdetto della particella %3 (note: verdict, note)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of parcel %3 must be a string</source>
        <translation>%1: «%2» della particella %3 deve essere una stringa</translation>
    </message>
    <message>
        <source>%1: unknown verdict &quot;%2&quot; of parcel %3 (known: declaration confirmed, map confirmed, unsure)</source>
        <translation>%1: verdetto sconosciuto «%2» della particella %3 (noti: declaration confirmed, map confirmed, unsure)</translation>
    </message>
    <message>
        <source>Cannot copy &quot;%1&quot; to write the verdicts</source>
        <translation>Impossibile copiare «%1» per scrivere i verdetti</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot; for writing the verdicts: %2</source>
        <translation>Impossibile aprire «%1» per scrivere i verdetti: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no layer &quot;parcels&quot; with a field parcel_key</source>
        <translation>«%1» non ha un layer «parcels» con un campo parcel_key</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write the verdict of feature %1 to &quot;%2&quot;: %3</source>
        <translation>Impossibile scrivere il verdetto dell’elemento %1 in «%2»: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::classify</name>
    <message>
        <source>An LSTM needs at least one layer and one class</source>
        <translation>Un LSTM richiede almeno uno strato e una classe</translation>
    </message>
    <message>
        <source>LSTM layer weights have the wrong shape</source>
        <translation>I pesi dello strato LSTM hanno la forma sbagliata</translation>
    </message>
    <message>
        <source>T = %1 steps</source>
        <translation>T = %1 passi</translation>
    </message>
    <message>
        <source> (%1 … %2)</source>
        <translation> (%1 … %2)</translation>
    </message>
    <message>
        <source>, B = %1 bands (%2)</source>
        <translation>, B = %1 bande (%2)</translation>
    </message>
    <message>
        <source>%1: the precision must be &quot;float32&quot; or &quot;bfloat16&quot;, not &quot;%2&quot;</source>
        <translation>%1: la precisione deve essere &quot;float32&quot; o &quot;bfloat16&quot;, non &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>cropmap::core::classify::Classifier</name>
    <message>
        <source>%1 does not fit the model &quot;%2&quot;: the model expects %3, the data has %4</source>
        <translation>%1 non è adatto al modello «%2»: il modello si aspetta %3, i dati hanno %4</translation>
    </message>
</context>
<context>
    <name>cropmap::core::classify::ClassifyJob</name>
    <message>
        <source>Classification of %1</source>
        <translation>Classificazione di %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::classify::TileClassifier</name>
    <message>
        <source>Classifying %1</source>
        <translation>Classificazione di %1</translation>
    </message>
    <message>
        <source>Writing the maps of %1</source>
        <translation>Scrittura delle mappe di %1</translation>
    </message>
    <message>
        <source>Classified %1</source>
        <translation>%1 classificato</translation>
    </message>
    <message>
        <source>This CPU has no AVX-512 BF16: %1 is classified in float32</source>
        <translation>Questa CPU non ha AVX-512 BF16: %1 viene classificato in float32</translation>
    </message>
    <message>
        <source>Only the seed&apos;s LSTM runs in bfloat16: %1 is classified in float32 by the %2 model</source>
        <translation>Solo l&apos;LSTM dello studio di partenza calcola in bfloat16: %1 viene classificato in float32 dal modello %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite</name>
    <message>
        <source>Warning: tile %1, acquisition %2 skipped: %3</source>
        <translation>Avviso: tile %1, acquisizione %2 saltata: %3</translation>
    </message>
    <message>
        <source>Invalid SCL class &quot;%1&quot; in &quot;%2&quot; (classes are 0…255)</source>
        <translation>Classe SCL non valida «%1» in «%2» (le classi sono 0…255)</translation>
    </message>
    <message>
        <source>Composite &quot;%1&quot; does not exist</source>
        <translation>Il composito «%1» non esiste</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; holds %2 composite stacks (*_composites.vrt); expected one</source>
        <translation>La cartella «%1» contiene %2 pile di compositi (*_composites.vrt); ne è attesa una</translation>
    </message>
    <message>
        <source>Tile %1: %2 threads instead of %3, because each keeps %4 files open and the open-file limit is %5 (raise it with ulimit -n)</source>
        <translation>Tile %1: %2 thread invece di %3, perché ciascuno tiene aperti %4 file e il limite di file aperti è %5 (aumentalo con ulimit -n)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::CompositeJob</name>
    <message>
        <source>Monthly composites</source>
        <translation>Compositi mensili</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>Scansione di %1</translation>
    </message>
    <message>
        <source>The period %1 matches no acquisition of tile %2 in &quot;%3&quot; (its acquisitions run from %4 to %5)</source>
        <translation>Il periodo %1 non corrisponde ad alcuna acquisizione della tile %2 in «%3» (le sue acquisizioni vanno da %4 a %5)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::CompositeOptions</name>
    <message>
        <source>Unknown index &quot;%1&quot; (known: %2)</source>
        <translation>Indice sconosciuto «%1» (noti: %2)</translation>
    </message>
    <message>
        <source>No bands to composite</source>
        <translation>Nessuna banda da compositare</translation>
    </message>
    <message>
        <source>Band %1 is listed twice in %2</source>
        <translation>La banda %1 compare due volte in %2</translation>
    </message>
    <message>
        <source>The index %1 needs the bands %2 and %3 among --bands (%4)</source>
        <translation>L’indice %1 richiede le bande %2 e %3 tra le --bands (%4)</translation>
    </message>
    <message>
        <source>Invalid SCL class %1 (classes are 0…255)</source>
        <translation>Classe SCL non valida %1 (le classi sono 0…255)</translation>
    </message>
    <message>
        <source>Block size %1 is too small (at least 16 pixels)</source>
        <translation>La dimensione del blocco %1 è troppo piccola (almeno 16 pixel)</translation>
    </message>
    <message>
        <source>Invalid thread count %1</source>
        <translation>Numero di thread non valido %1</translation>
    </message>
    <message>
        <source>Invalid BOA offset %1 (a DN offset such as -1000, within ±10000)</source>
        <translation>Offset BOA non valido %1 (un offset in DN come -1000, entro ±10000)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::CompositeOutputs</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Scrittura di %1</translation>
    </message>
    <message>
        <source>Cannot move &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>Impossibile spostare «%1» in «%2»: %3</translation>
    </message>
    <message>
        <source>The composites&apos; tile id</source>
        <translation>L’id della tile dei compositi</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::CompositeStack</name>
    <message>
        <source>&quot;%1&quot; is not a composite stack: it needs STEPS and BANDS metadata and steps × bands raster bands (it has %2 bands, %3 steps, %4 bands)</source>
        <translation>«%1» non è una pila di compositi: richiede i metadati STEPS e BANDS e passi × bande bande raster (ha %2 bande, %3 passi, %4 bande)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::MonthlyCompositor</name>
    <message>
        <source>The period %1 matches no acquisition of tile %2 (its acquisitions run from %3 to %4)</source>
        <translation>Il periodo %1 non corrisponde ad alcuna acquisizione della tile %2 (le sue acquisizioni vanno da %3 a %4)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>Compositing %1</source>
        <translation>Compositazione di %1</translation>
    </message>
    <message>
        <source>%1 %2: files failed to read during compositing</source>
        <translation>%1 %2: lettura di file non riuscita durante la compositazione</translation>
    </message>
    <message>
        <source>No acquisition of tile %1 in %2 could be read</source>
        <translation>Nessuna acquisizione della tile %1 in %2 ha potuto essere letta</translation>
    </message>
    <message>
        <source>Warning: tile %1 has no acquisition in %2; the month is filled in time from its neighbours and counts 0 in the count layer</source>
        <translation>Avviso: la tile %1 non ha acquisizioni in %2; il mese viene riempito nel tempo dai mesi vicini e conta 0 nel layer dei conteggi</translation>
    </message>
    <message>
        <source>Tile %1: the disk holding %2 has less than %3 times the %4 GB the composites take uncompressed; staging them compressed, which is slower</source>
        <translation>Tile %1: il disco che contiene %2 ha meno di %3 volte i %4 GB che i compositi occupano non compressi; vengono preparati compressi, il che è più lento</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::Period</name>
    <message>
        <source>A composite period needs a valid first month and at least one month</source>
        <translation>Un periodo di compositazione richiede un primo mese valido e almeno un mese</translation>
    </message>
    <message>
        <source>Invalid period &quot;%1&quot;: %2 (expected e.g. 2017-09:2018-08)</source>
        <translation>Periodo non valido «%1»: %2 (atteso ad es. 2017-09:2018-08)</translation>
    </message>
    <message>
        <source>not YYYY-MM:YYYY-MM</source>
        <translation>non AAAA-MM:AAAA-MM</translation>
    </message>
    <message>
        <source>a month is out of range</source>
        <translation>un mese è fuori intervallo</translation>
    </message>
    <message>
        <source>the last month lies before the first</source>
        <translation>l’ultimo mese precede il primo</translation>
    </message>
</context>
<context>
    <name>cropmap::core::evaluate</name>
    <message>
        <source>Area estimation: %1 mapped areas for %2 classes</source>
        <translation>Stima delle superfici: %1 superfici mappate per %2 classi</translation>
    </message>
    <message>
        <source>Area estimation: a mapped area is negative</source>
        <translation>Stima delle superfici: una superficie mappata è negativa</translation>
    </message>
    <message>
        <source>Area estimation: the map has no area</source>
        <translation>Stima delle superfici: la mappa non ha superficie</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Complessivo</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Overall accuracy (OA)</source>
        <translation>Accuratezza complessiva (OA)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa di Cohen</translation>
    </message>
    <message>
        <source>Macro F1 (%1 classes in the reference)</source>
        <translation>F1 macro (%1 classi nel riferimento)</translation>
    </message>
    <message>
        <source>Minimum F1</source>
        <translation>F1 minimo</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Riferimento: %1.</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Per classe</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Reference pixels</source>
        <translation>Pixel di riferimento</translation>
    </message>
    <message>
        <source>Mapped pixels</source>
        <translation>Pixel mappati</translation>
    </message>
    <message>
        <source>PA (recall)</source>
        <translation>PA (richiamo)</translation>
    </message>
    <message>
        <source>UA (precision)</source>
        <translation>UA (precisione)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>n/a: UA of a class never mapped, PA and F1 of a class absent from the reference. A class never mapped has F1 = 0 and counts in macro and minimum F1; a class absent from the reference does not.</source>
        <translation>n/d: UA di una classe mai mappata, PA e F1 di una classe assente dal riferimento. Una classe mai mappata ha F1 = 0 e conta nell’F1 macro e minimo; una classe assente dal riferimento no.</translation>
    </message>
    <message>
        <source>Area-adjusted accuracy and class areas (95 % CI)</source>
        <translation>Accuratezza corretta per superficie e superfici delle classi (IC 95 %)</translation>
    </message>
    <message>
        <source>Mapped area (%1)</source>
        <translation>Superficie mappata (%1)</translation>
    </message>
    <message>
        <source>Estimated area (%1)</source>
        <translation>Superficie stimata (%1)</translation>
    </message>
    <message>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>Overall accuracy %1. Stratified estimator with the map classes as strata (Olofsson et al. 2014).</source>
        <translation>Accuratezza complessiva %1. Stimatore stratificato con le classi della mappa come strati (Olofsson et al. 2014).</translation>
    </message>
    <message>
        <source>Mapped classes without any test pixel (their area is not redistributed): %1</source>
        <translation>Classi mappate senza pixel di test (la loro superficie non viene ridistribuita): %1</translation>
    </message>
    <message>
        <source>this map</source>
        <translation>questa mappa</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>OA</source>
        <translation>OA</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>F1 %1</source>
        <translation>F1 %1</translation>
    </message>
    <message>
        <source>Reliable samples</source>
        <translation>Campioni affidabili</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regola: %1.</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Etichettati</translation>
    </message>
    <message>
        <source>Agreeing</source>
        <translation>Concordanti</translation>
    </message>
    <message>
        <source>r_u</source>
        <translation>r_u</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuti</translation>
    </message>
    <message>
        <source>Dropped (disagreeing)</source>
        <translation>Scartati (discordanti)</translation>
    </message>
    <message>
        <source>Dropped (agreeing)</source>
        <translation>Scartati (concordanti)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Wrongly declared pixels</source>
        <translation>Pixel dichiarati erroneamente</translation>
    </message>
    <message>
        <source>Removed pixels</source>
        <translation>Pixel rimossi</translation>
    </message>
    <message>
        <source>Cleaning precision (removed wrong / removed)</source>
        <translation>Precisione della pulizia (rimossi errati / rimossi)</translation>
    </message>
    <message>
        <source>Cleaning recall (removed wrong / all wrong)</source>
        <translation>Richiamo della pulizia (rimossi errati / tutti gli errati)</translation>
    </message>
    <message>
        <source>Correct pixels kept</source>
        <translation>Pixel corretti mantenuti</translation>
    </message>
    <message>
        <source>Accuracy report</source>
        <translation>Rapporto di accuratezza</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice di confusione</translation>
    </message>
    <message>
        <source>PA, UA and F1 per class</source>
        <translation>PA, UA e F1 per classe</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the value %2, which is not a class id 0…255</source>
        <translation>«%1» contiene il valore %2, che non è un id di classe 0…255</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds class id %2, which the class table does not define</source>
        <translation>«%1» contiene l’id di classe %2, che la tabella delle classi non definisce</translation>
    </message>
    <message>
        <source>&quot;%1&quot; assigns sets by patch: pixels of parcels that straddle a patch border are scored by the patch, not by their parcel&apos;s set (a training parcel&apos;s pixels can count as test). Use &lt;TILE&gt;_sets.tif from `cropmap sample` as the mask instead</source>
        <translation>«%1» assegna gli insiemi per patch: i pixel delle particelle a cavallo di un bordo di patch sono valutati secondo la patch, non secondo l’insieme della loro particella (i pixel di una particella di addestramento possono contare come test). Usa invece &lt;TILE&gt;_sets.tif di `cropmap sample` come maschera</translation>
    </message>
    <message>
        <source>Measuring the mapped area of %1</source>
        <translation>Misura della superficie mappata di %1</translation>
    </message>
    <message>
        <source>Area estimation: %1 cluster ids for %2 reference and %3 mapped pixels</source>
        <translation>Stima delle superfici: %1 ID di cluster per %2 pixel di riferimento e %3 pixel mappati</translation>
    </message>
    <message>
        <source>%1: cluster %2 of the area estimate: %3</source>
        <translation>%1: cluster %2 della stima delle superfici: %3</translation>
    </message>
    <message>
        <source>expected [map class, reference class, count, …]</source>
        <translation>atteso [classe della mappa, classe di riferimento, conteggio, …]</translation>
    </message>
    <message>
        <source>a class index outside 0…%1</source>
        <translation>un indice di classe fuori da 0…%1</translation>
    </message>
    <message>
        <source>a count that is not a positive integer</source>
        <translation>un conteggio che non è un intero positivo</translation>
    </message>
    <message>
        <source>Area estimation: a cluster&apos;s class lies outside the %1 classes</source>
        <translation>Stima delle superfici: la classe di un cluster è fuori dalle %1 classi</translation>
    </message>
    <message>
        <source>Area estimation: the clusters hold %1 pixels of reference class %2 mapped as %3, the confusion matrix %4</source>
        <translation>Stima delle superfici: i cluster contengono %1 pixel della classe di riferimento %2 mappati come %3, la matrice di confusione %4</translation>
    </message>
    <message>
        <source>Standard errors at cluster level: %L1 parcels, each one cluster.</source>
        <translation>Errori standard a livello di cluster: %L1 particelle, ciascuna un cluster.</translation>
    </message>
    <message>
        <source>Standard errors at pixel level (pixels taken as independent).</source>
        <translation>Errori standard a livello di pixel (pixel considerati indipendenti).</translation>
    </message>
</context>
<context>
    <name>cropmap::core::evaluate::AccuracyReport</name>
    <message>
        <source>%1 is not a cropmap accuracy report</source>
        <translation>%1 non è un rapporto di accuratezza di cropmap</translation>
    </message>
    <message>
        <source>%1: the confusion matrix has %2 classes but the class table %3</source>
        <translation>%1: la matrice di confusione ha %2 classi ma la tabella delle classi %3</translation>
    </message>
    <message>
        <source>%1: %2 mapped areas for %3 classes</source>
        <translation>%1: %2 superfici mappate per %3 classi</translation>
    </message>
    <message>
        <source>%1: comparison &quot;%2&quot; has %3 classes instead of %4</source>
        <translation>%1: il confronto «%2» ha %3 classi invece di %4</translation>
    </message>
    <message>
        <source>Accuracy report &quot;%1&quot;: %2 classes named for a matrix of %3</source>
        <translation>Rapporto di accuratezza «%1»: %2 classi nominate per una matrice di %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::evaluate::ConfusionMatrix</name>
    <message>
        <source>A confusion matrix of %1 classes needs %2 counts, not %3</source>
        <translation>Una matrice di confusione di %1 classi richiede %2 conteggi, non %3</translation>
    </message>
    <message>
        <source>Class pair (%1, %2) lies outside the %3 classes of the confusion matrix</source>
        <translation>La coppia di classi (%1, %2) è fuori dalle %3 classi della matrice di confusione</translation>
    </message>
    <message>
        <source>%1 reference classes but %2 predicted classes</source>
        <translation>%1 classi di riferimento ma %2 classi previste</translation>
    </message>
    <message>
        <source>Cannot merge confusion matrices of %1 and %2 classes</source>
        <translation>Impossibile unire matrici di confusione di %1 e %2 classi</translation>
    </message>
    <message>
        <source>%1: row %2 of the confusion matrix has %3 entries instead of %4</source>
        <translation>%1: la riga %2 della matrice di confusione ha %3 voci invece di %4</translation>
    </message>
    <message>
        <source>%1: entry (%2, %3) of the confusion matrix is not a count</source>
        <translation>%1: la voce (%2, %3) della matrice di confusione non è un conteggio</translation>
    </message>
</context>
<context>
    <name>cropmap::core::experiment</name>
    <message>
        <source>%1 model against the %2 (%, mean ± sd over the repeats)</source>
        <translation>Modello %1 rispetto a %2 (%, media ± dev. std. sulle ripetizioni)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>OA</source>
        <translation>OA</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>min F1</source>
        <translation>F1 min.</translation>
    </message>
    <message>
        <source>Cost and cleaning</source>
        <translation>Costo e pulizia</translation>
    </message>
    <message>
        <source>training (s)</source>
        <translation>addestramento (s)</translation>
    </message>
    <message>
        <source>classifying the test pixels (s)</source>
        <translation>classificazione dei pixel di test (s)</translation>
    </message>
    <message>
        <source>training samples</source>
        <translation>campioni di addestramento</translation>
    </message>
    <message>
        <source>pixels removed by the cleaning</source>
        <translation>pixel rimossi dalla pulizia</translation>
    </message>
    <message>
        <source>of which wrongly declared</source>
        <translation>di cui dichiarati erroneamente</translation>
    </message>
    <message>
        <source>cleaning precision</source>
        <translation>precisione della pulizia</translation>
    </message>
    <message>
        <source>cleaning recall</source>
        <translation>richiamo della pulizia</translation>
    </message>
    <message>
        <source>correct pixels kept</source>
        <translation>pixel corretti mantenuti</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>regola: %1</translation>
    </message>
    <message>
        <source>(ii) composites, target tile</source>
        <translation>(ii) compositi, tile obiettivo</translation>
    </message>
    <message>
        <source>(iii) composites, other tiles</source>
        <translation>(iii) compositi, altre tile</translation>
    </message>
    <message>
        <source>(iv) composites, all tiles</source>
        <translation>(iv) compositi, tutte le tile</translation>
    </message>
    <message>
        <source>weighted LSTM</source>
        <translation>LSTM pesato</translation>
    </message>
    <message>
        <source>MSResNet</source>
        <translation>MSResNet</translation>
    </message>
    <message>
        <source>InceptionTime</source>
        <translation>InceptionTime</translation>
    </message>
    <message>
        <source>StarRNN</source>
        <translation>StarRNN</translation>
    </message>
    <message>
        <source>TempCNN</source>
        <translation>TempCNN</translation>
    </message>
    <message>
        <source>random forest</source>
        <translation>random forest</translation>
    </message>
    <message>
        <source>The weighted LSTM against MSResNet, InceptionTime, StarRNN and a random forest, all trained on the weak training set of all tiles (the seed&apos;s Table 2).</source>
        <translation>L’LSTM pesato contro MSResNet, InceptionTime, StarRNN e una random forest, tutti addestrati sull’insieme di addestramento debole di tutte le tile (la Tabella 2 dello studio di partenza).</translation>
    </message>
    <message>
        <source>The reliable-sample rules side by side: the weak model, the pool each rule keeps, and the model retrained on it; on synthetic scenes the cleaning&apos;s precision and recall against the truth.</source>
        <translation>Le regole dei campioni affidabili a confronto: il modello debole, il pool che ogni regola mantiene e il modello riaddestrato su di esso; sulle scene sintetiche, precisione e richiamo della pulizia rispetto alla verità.</translation>
    </message>
    <message>
        <source>%1 on target tile %2</source>
        <translation>%1 sulla tile obiettivo %2</translation>
    </message>
    <message>
        <source>%1 — %2 model against the %3, test pixels of %4 (%, F1 per class)
</source>
        <translation>%1 — modello %2 rispetto a %3, pixel di test di %4 (%, F1 per classe)
</translation>
    </message>
    <message>
        <source>cleaning: removed px</source>
        <translation>pulizia: px rimossi</translation>
    </message>
    <message>
        <source>cleaning precision %</source>
        <translation>precisione della pulizia %</translation>
    </message>
    <message>
        <source>cleaning recall %</source>
        <translation>richiamo della pulizia %</translation>
    </message>
    <message>
        <source>Cannot link &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Impossibile collegare «%1» a «%2»</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>(i) whole series, target tile</source>
        <translation>(i) serie intera, tile obiettivo</translation>
    </message>
    <message>
        <source>The project&apos;s model trained on the whole series of the target tile (every acquisition date, gaps interpolated), and on the monthly composites of the target tile only, of the other tiles only, and of all tiles (the seed&apos;s Table 1).</source>
        <translation>Il modello del progetto addestrato sulla serie intera della tile obiettivo (ogni data di acquisizione, lacune interpolate) e sui compositi mensili della sola tile obiettivo, delle sole altre tile e di tutte le tile (la Tabella 1 dello studio di partenza).</translation>
    </message>
    <message>
        <source>%1 is in the test part of %2 of the %3 folds only: its samples form %2 group(s)</source>
        <translation>%1 è nella parte di test solo di %2 dei %3 fold: i suoi campioni formano %2 gruppo/i</translation>
    </message>
    <message>
        <source>%1-fold cross-validation on %2</source>
        <translation>Validazione incrociata a %1 fold su %2</translation>
    </message>
    <message>
        <source>Group-wise, class-stratified %1-fold cross-validation of %2 samples in %3 groups: each model trains on the other folds and is scored on the fold against the table&apos;s labels; mean ± sample standard deviation over the %1 folds (the &quot;repeats&quot; below). The networks stop early on a stratified group validation split of %4 % of the training part; the random forest trains on the whole training part. The folds are in folds.csv.</source>
        <translation>Validazione incrociata a %1 fold per gruppi, stratificata per classe, di %2 campioni in %3 gruppi: ogni modello si addestra sugli altri fold ed è valutato sul fold rispetto alle etichette della tabella; media ± deviazione standard campionaria sui %1 fold (le «ripetizioni» sotto). Le reti si fermano in anticipo su una suddivisione di validazione stratificata per gruppi del %4 % della parte di addestramento; la random forest si addestra sull’intera parte di addestramento. I fold sono in folds.csv.</translation>
    </message>
    <message>
        <source>fold</source>
        <translation>fold</translation>
    </message>
    <message>
        <source>train</source>
        <translation>addestr.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>OA %</source>
        <translation>OA %</translation>
    </message>
    <message>
        <source>macro F1 %</source>
        <translation>F1 macro %</translation>
    </message>
    <message>
        <source>mean ± sd</source>
        <translation>media ± dev. std.</translation>
    </message>
    <message>
        <source>%1 on the test pixels of every tile</source>
        <translation>%1 sui pixel di test di tutte le tessere</translation>
    </message>
    <message>
        <source>Every model trained %1 times per fold, with the training seeds %2 to %3 on the same folds and validation splits: a fold&apos;s figures are the means of its %1 runs, and &quot;seed_means&quot; holds the cross-validation&apos;s mean per training seed.</source>
        <translation>Ogni modello è stato addestrato %1 volte per fold, con i seed di addestramento da %2 a %3 sugli stessi fold e le stesse suddivisioni di validazione: i valori di un fold sono le medie delle sue %1 esecuzioni, e &quot;seed_means&quot; contiene la media della validazione incrociata per seed di addestramento.</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <source>mean ± sd over seeds</source>
        <translation>media ± dev. std. sui seed</translation>
    </message>
</context>
<context>
    <name>cropmap::core::experiment::CrossValidationJob</name>
    <message>
        <source>The table %1 has no samples</source>
        <translation>La tabella %1 non ha campioni</translation>
    </message>
    <message>
        <source>Cross-validation needs at least 2 folds, not %1</source>
        <translation>La validazione incrociata richiede almeno 2 fold, non %1</translation>
    </message>
    <message>
        <source>Cross-validation needs at least one model</source>
        <translation>La validazione incrociata richiede almeno un modello</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot; (models: %2, forest)</source>
        <translation>Modello sconosciuto «%1» (modelli: %2, forest)</translation>
    </message>
    <message>
        <source>The model %1 is listed twice</source>
        <translation>Il modello %1 compare due volte</translation>
    </message>
    <message>
        <source>The validation share must lie between 0 and 1, not %1</source>
        <translation>La quota di validazione deve essere compresa tra 0 e 1, non %1</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>Validazione incrociata</translation>
    </message>
    <message>
        <source>fold %1 of %2</source>
        <translation>fold %1 di %2</translation>
    </message>
    <message>
        <source>%1, fold %2: no validation group for %3 (a single group in the training part)</source>
        <translation>%1, fold %2: nessun gruppo di validazione per %3 (un solo gruppo nella parte di addestramento)</translation>
    </message>
    <message>
        <source>training part of fold %1</source>
        <translation>parte di addestramento del fold %1</translation>
    </message>
    <message>
        <source>%1, fold %2: up to date, reused</source>
        <translation>%1, fold %2: aggiornato, riutilizzato</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>The table %1 has fewer groups than the %2 folds</source>
        <translation>La tabella %1 ha meno gruppi dei %2 fold</translation>
    </message>
    <message>
        <source>%1, fold %2 of %3</source>
        <translation>%1, fold %2 di %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>The repeats must lie between 1 and 100, not %1</source>
        <translation>Le ripetizioni devono essere tra 1 e 100, non %1</translation>
    </message>
    <message>
        <source>%1, fold %2, seed %3: up to date, reused</source>
        <translation>%1, fold %2, seed %3: aggiornato, riutilizzato</translation>
    </message>
    <message>
        <source>%1, fold %2 of %3, seed %4 of %5</source>
        <translation>%1, fold %2 di %3, seed %4 di %5</translation>
    </message>
</context>
<context>
    <name>cropmap::core::experiment::ExperimentOptions</name>
    <message>
        <source>Unknown experiment &quot;%1&quot;: choose table1 (series and training area), table2 (the LSTM against its baselines) or table3 (the reliable-sample rules)</source>
        <translation>Esperimento sconosciuto «%1»: scegli table1 (serie e area di addestramento), table2 (l’LSTM contro le sue baseline) o table3 (le regole dei campioni affidabili)</translation>
    </message>
    <message>
        <source>Experiment repeats must lie between 1 and 100, not %1</source>
        <translation>Le ripetizioni di un esperimento devono essere comprese tra 1 e 100, non %1</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;; its columns are %3</source>
        <translation>%1 non ha la colonna «%2»; le sue colonne sono %3</translation>
    </message>
    <message>
        <source>table1 compares training on the target tile with training on the other tiles: it needs one target tile, not &quot;%1&quot;</source>
        <translation>table1 confronta l&apos;addestramento sulla tessera obiettivo con quello sulle altre tessere: serve una tessera obiettivo, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Give the experiment&apos;s repeats or its seeds, not both</source>
        <translation>Indica le ripetizioni dell’esperimento o i suoi seed, non entrambi</translation>
    </message>
    <message>
        <source>An experiment runs at most 100 seeds, not %1</source>
        <translation>Un esperimento esegue al massimo 100 seed, non %1</translation>
    </message>
    <message>
        <source>Experiment seeds are whole numbers from 0, not %1</source>
        <translation>I seed di un esperimento sono numeri interi da 0 in su, non %1</translation>
    </message>
    <message>
        <source>Experiment seed %1 is given twice</source>
        <translation>Il seed %1 dell’esperimento è indicato due volte</translation>
    </message>
</context>
<context>
    <name>cropmap::core::experiment::ExperimentRunner</name>
    <message>
        <source>The target tile %1 is not a tile of the project %2 (its tiles: %3)</source>
        <translation>La tile obiettivo %1 non è una tile del progetto %2 (le sue tile: %3)</translation>
    </message>
    <message>
        <source>The target tile %1 has no labelled pixel in a test patch (%2): choose another tile with --target-tile, or more patches in the project&apos;s split</source>
        <translation>La tile obiettivo %1 non ha pixel etichettati in una patch di test (%2): scegli un’altra tile con --target-tile, o più patch nella suddivisione del progetto</translation>
    </message>
    <message>
        <source>Column %1 of %2 has no training or validation samples</source>
        <translation>La colonna %1 di %2 non ha campioni di addestramento o di validazione</translation>
    </message>
    <message>
        <source>%1, seed %2: up to date, reused</source>
        <translation>%1, seed %2: aggiornato, riutilizzato</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>table1 compares the target tile with the other tiles, but project %1 has one tile only</source>
        <translation>table1 confronta la tile obiettivo con le altre tile, ma il progetto %1 ha una sola tile</translation>
    </message>
    <message>
        <source>%1: target tile %2, %3 labelled test pixels</source>
        <translation>%1: tile obiettivo %2, %3 pixel di test etichettati</translation>
    </message>
    <message>
        <source>%1: %2, seed %3</source>
        <translation>%1: %2, seed %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>%1, seed %2: up to date; its confusion matrices added</source>
        <translation>%1, seed %2: aggiornato; aggiunte le sue matrici di confusione</translation>
    </message>
    <message>
        <source>The project&apos;s step %1 is out of date (%2): run the pipeline up to %3 first, so that the experiment compares on the project&apos;s current outputs</source>
        <translation>La fase %1 del progetto non è aggiornata (%2): esegui prima la pipeline fino a %3, così che l’esperimento confronti sugli output attuali del progetto</translation>
    </message>
    <message>
        <source>Cannot copy the weak model &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Impossibile copiare il modello debole &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, seed %2: the weak model of seed %2 (the same samples and options), reused: %3</source>
        <translation>%1, seme %2: il modello debole del seme %2 (stessi campioni e opzioni), riutilizzato: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::forest</name>
    <message>
        <source>&quot;%1&quot; is not a readable cropmap random forest file: %2</source>
        <translation>«%1» non è un file di random forest di cropmap leggibile: %2</translation>
    </message>
    <message>
        <source>Unusable random forest options: trees %1, max depth %2, min samples per leaf %3, features per split %4, sample fraction %5, threads %6, bins %7</source>
        <translation>Opzioni della random forest inutilizzabili: alberi %1, profondità massima %2, campioni minimi per foglia %3, caratteristiche per split %4, frazione di campioni %5, thread %6, intervalli %7</translation>
    </message>
</context>
<context>
    <name>cropmap::core::forest::RandomForest</name>
    <message>
        <source>Cannot train a random forest: the sample set has no labelled samples</source>
        <translation>Impossibile addestrare una random forest: l’insieme di campioni non ha campioni etichettati</translation>
    </message>
    <message>
        <source>Cannot train a random forest: it needs at least two classes, the sample set has %1</source>
        <translation>Impossibile addestrare una random forest: richiede almeno due classi, l’insieme di campioni ne ha %1</translation>
    </message>
    <message>
        <source>%1 has %2 steps × bands %3, but the random forest was trained on %4 steps × bands %5</source>
        <translation>%1 ha %2 passi × bande %3, ma la random forest è stata addestrata su %4 passi × bande %5</translation>
    </message>
    <message>
        <source>Cannot open random forest file &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire il file di random forest «%1»: %2</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>firma errata</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>troncato</translation>
    </message>
    <message>
        <source>format version %1</source>
        <translation>versione del formato %1</translation>
    </message>
    <message>
        <source>it holds a &quot;%1&quot;, not a random forest</source>
        <translation>contiene «%1», non una random forest</translation>
    </message>
    <message>
        <source>inconsistent header</source>
        <translation>intestazione incoerente</translation>
    </message>
    <message>
        <source>bad section table</source>
        <translation>tabella delle sezioni non valida</translation>
    </message>
    <message>
        <source>Binning %1 features</source>
        <translation>Discretizzazione di %1 caratteristiche</translation>
    </message>
    <message>
        <source>Growing trees: %1 of %2</source>
        <translation>Crescita degli alberi: %1 di %2</translation>
    </message>
    <message>
        <source>it was written by an earlier cropmap whose forests ran on XGBoost; train the forest again</source>
        <translation>è stato scritto da un cropmap precedente le cui foreste usavano XGBoost; addestra di nuovo la foresta</translation>
    </message>
    <message>
        <source>bad tree table</source>
        <translation>tabella degli alberi non valida</translation>
    </message>
    <message>
        <source>tree %1 is damaged</source>
        <translation>l’albero %1 è danneggiato</translation>
    </message>
    <message>
        <source>header is not valid JSON (%1)</source>
        <translation>l’intestazione non è un JSON valido (%1)</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>l’intestazione non è un oggetto JSON</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io</name>
    <message>
        <source>Cannot create folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>Impossibile rinominare «%1» in «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>not a readable raster</source>
        <translation>non è un raster leggibile</translation>
    </message>
    <message>
        <source>Cannot open raster &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire il raster «%1»: %2</translation>
    </message>
    <message>
        <source>Raster &quot;%1&quot; has no bands</source>
        <translation>Il raster «%1» non ha bande</translation>
    </message>
    <message>
        <source>not a readable vector source</source>
        <translation>non è una sorgente vettoriale leggibile</translation>
    </message>
    <message>
        <source>Cannot open vector &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire il vettore «%1»: %2</translation>
    </message>
    <message>
        <source>Vector &quot;%1&quot; has no layers</source>
        <translation>Il vettore «%1» non ha layer</translation>
    </message>
    <message>
        <source>The GDAL driver %1 is not available</source>
        <translation>Il driver GDAL %1 non è disponibile</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>%1: cannot parse the acquisition date of &quot;%2&quot;</source>
        <translation>%1: impossibile interpretare la data di acquisizione di «%2»</translation>
    </message>
    <message>
        <source>%1 %2: band %3 missing in &quot;%4&quot;, acquisition skipped</source>
        <translation>%1 %2: banda %3 mancante in «%4», acquisizione saltata</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in %2, other bands in %3</source>
        <translation>«%1» è in %2, le altre bande in %3</translation>
    </message>
    <message>
        <source>in %1, the tile&apos;s earlier acquisitions in %2</source>
        <translation>in %1, le acquisizioni precedenti della tile in %2</translation>
    </message>
    <message>
        <source>%1 %2: %3; acquisition skipped</source>
        <translation>%1 %2: %3; acquisizione saltata</translation>
    </message>
    <message>
        <source>Unknown CRS EPSG:%1</source>
        <translation>CRS sconosciuto EPSG:%1</translation>
    </message>
    <message>
        <source>Degenerate geotransform in grid %1</source>
        <translation>Geotrasformazione degenere nella griglia %1</translation>
    </message>
    <message>
        <source>unknown CRS</source>
        <translation>CRS sconosciuto</translation>
    </message>
    <message>
        <source>%1 × %2 px at %3 m, %4, x %5…%6, y %7…%8</source>
        <translation>%1 × %2 px a %3 m, %4, x %5…%6, y %7…%8</translation>
    </message>
    <message>
        <source>Cannot create the overview file &quot;%1&quot;: %2</source>
        <translation>Impossibile creare il file delle panoramiche «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot build overviews of &quot;%1&quot;: %2</source>
        <translation>Impossibile costruire le panoramiche di «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Impossibile rinominare «%1» in «%2»</translation>
    </message>
    <message>
        <source>Cannot read band %1 of &quot;%2&quot; (window %3,%4 %5×%6): %7</source>
        <translation>Impossibile leggere la banda %1 di «%2» (finestra %3,%4 %5×%6): %7</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2 (the disk is full: %3 bytes free on %4)</source>
        <translation>Impossibile scrivere «%1»: %2 (il disco è pieno: %3 byte liberi su %4)</translation>
    </message>
    <message>
        <source>the archive&apos;s offset (--boa-offset, archive_boa_offset)</source>
        <translation>l’offset dell’archivio (--boa-offset, archive_boa_offset)</translation>
    </message>
    <message>
        <source>the flat archive folder &quot;%1&quot; (its name is the tile id unless --flat-tile-id or the project&apos;s &quot;flat_tile_id&quot; gives one)</source>
        <translation>la cartella di archivio piatta «%1» (il suo nome è l’id della tile, a meno che --flat-tile-id o il «flat_tile_id» del progetto ne indichi uno)</translation>
    </message>
    <message>
        <source>the flat archive&apos;s tile id</source>
        <translation>l’id della tile dell’archivio piatto</translation>
    </message>
    <message>
        <source>offset none</source>
        <translation>offset nessuno</translation>
    </message>
    <message>
        <source>offset %1 (%2)</source>
        <translation>offset %1 (%2)</translation>
    </message>
    <message>
        <source>offsets %1 (%2)</source>
        <translation>offset %1 (%2)</translation>
    </message>
    <message>
        <source>baseline not recorded</source>
        <translation>baseline non registrata</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>baseline %1</translation>
    </message>
    <message>
        <source>Cannot warp %1 into the mosaic&apos;s CRS: %2</source>
        <translation>Impossibile riproiettare %1 nel CRS del mosaico: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>No raster to mosaic into %1</source>
        <translation>Nessun raster da riunire nel mosaico %1</translation>
    </message>
    <message>
        <source>%1 has no CRS: it cannot enter a mosaic</source>
        <translation>%1 non ha un CRS: non può entrare in un mosaico</translation>
    </message>
    <message>
        <source>%1 is not a north-up raster: it cannot enter a mosaic</source>
        <translation>%1 non è un raster orientato a nord: non può entrare in un mosaico</translation>
    </message>
    <message>
        <source>Cannot write the mosaic %1: %2</source>
        <translation>Impossibile scrivere il mosaico %1: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::L2AProductMetadata</name>
    <message>
        <source>assumed for baseline %1: MTD_MSIL2A.xml lists none</source>
        <translation>presunto per la baseline %1: MTD_MSIL2A.xml non ne indica</translation>
    </message>
    <message>
        <source>assumed for baseline %1: the product has no MTD_MSIL2A.xml</source>
        <translation>presunto per la baseline %1: il prodotto non ha MTD_MSIL2A.xml</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: BOA_ADD_OFFSET band_id=&quot;%3&quot; holds &quot;%4&quot;, expected a band number and a number</source>
        <translation>«%1», riga %2: BOA_ADD_OFFSET band_id=«%3» contiene «%4», attesi un numero di banda e un numero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not readable XML (line %2): %3</source>
        <translation>«%1» non è un XML leggibile (riga %2): %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: BOA_ADD_OFFSET of unknown band_id %2</source>
        <translation>«%1»: BOA_ADD_OFFSET di una band_id sconosciuta %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::RasterSource</name>
    <message>
        <source>Raster &quot;%1&quot; has no CRS, so it cannot be put onto the grid %2</source>
        <translation>Il raster «%1» non ha un CRS, quindi non può essere portato sulla griglia %2</translation>
    </message>
    <message>
        <source>Cannot resample &quot;%1&quot; onto the grid %2: %3</source>
        <translation>Impossibile ricampionare «%1» sulla griglia %2: %3</translation>
    </message>
    <message>
        <source>Raster &quot;%1&quot; has no band %2 (it has %3)</source>
        <translation>Il raster «%1» non ha la banda %2 (ne ha %3)</translation>
    </message>
    <message>
        <source>Band %1 of &quot;%2&quot; is of type %3, not Byte</source>
        <translation>La banda %1 di «%2» è di tipo %3, non Byte</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::RasterWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: the grid is empty</source>
        <translation>Impossibile scrivere «%1»: la griglia è vuota</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>Impossibile creare «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already committed</source>
        <translation>«%1» è già stato confermato</translation>
    </message>
    <message>
        <source>Cannot write band %1 of &quot;%2&quot;: it has %3 bands</source>
        <translation>Impossibile scrivere la banda %1 di «%2»: ha %3 bande</translation>
    </message>
    <message>
        <source>Cannot build overviews of &quot;%1&quot;: %2</source>
        <translation>Impossibile costruire le panoramiche di «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write the COG &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere il COG «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write the %1 of &quot;%2&quot;: %3</source>
        <translation>Impossibile scrivere %1 di «%2»: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::Sentinel2Archive</name>
    <message>
        <source>Archive folder &quot;%1&quot; does not exist</source>
        <translation>La cartella di archivio «%1» non esiste</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot; is not a folder</source>
        <translation>L’archivio «%1» non è una cartella</translation>
    </message>
    <message>
        <source>No Sentinel-2 acquisitions found in &quot;%1&quot; (looked for L2A .SAFE products, &lt;TILE&gt;/&lt;YYYYMMDD&gt;/&lt;BAND&gt;.tif folders and *_&lt;YYYYMMDD&gt;_&lt;BAND&gt;.tif files%2)</source>
        <translation>Nessuna acquisizione Sentinel-2 trovata in «%1» (cercati prodotti L2A .SAFE, cartelle &lt;TILE&gt;/&lt;YYYYMMDD&gt;/&lt;BAND&gt;.tif e file *_&lt;YYYYMMDD&gt;_&lt;BAND&gt;.tif%2)</translation>
    </message>
    <message>
        <source> of tiles %1</source>
        <translation> delle tile %1</translation>
    </message>
    <message>
        <source>tile %1 has no usable acquisition:
  %2</source>
        <translation>la tile %1 non ha acquisizioni utilizzabili:
  %2</translation>
    </message>
    <message>
        <source>No usable acquisitions in &quot;%1&quot;: %2</source>
        <translation>Nessuna acquisizione utilizzabile in «%1»: %2</translation>
    </message>
    <message>
        <source>Tiles of &quot;%1&quot; are in different CRSs: %2 (%3) is in %4, %5 (%6) in %7; put them in one CRS or restrict the tiles</source>
        <translation>Le tile di «%1» sono in CRS diversi: %2 (%3) è in %4, %5 (%6) in %7; portale in un unico CRS o limita le tile</translation>
    </message>
    <message>
        <source>Tile %1 is not in the archive &quot;%2&quot; (tiles: %3)</source>
        <translation>La tile %1 non è nell’archivio «%2» (tile: %3)</translation>
    </message>
    <message numerus="yes">
        <source>Archive %1 (layout: %2), %n tile(s)
</source>
        <translation>
            <numerusform>Archivio %1 (struttura: %2), %n tile
</numerusform>
            <numerusform>Archivio %1 (struttura: %2), %n tile
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Tile %1: %2 acquisitions, %3 to %4
</source>
        <translation>
Tile %1: %2 acquisizioni, dal %3 al %4
</translation>
    </message>
    <message>
        <source>  grid: %1
</source>
        <translation>  griglia: %1
</translation>
    </message>
    <message>
        <source>  bands found: %1
</source>
        <translation>  bande trovate: %1
</translation>
    </message>
    <message>
        <source>  mask: %1
</source>
        <translation>  maschera: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>  acquisitions per month:</source>
        <translation>  acquisizioni per mese:</translation>
    </message>
    <message>
        <source>  skipped or missing (%1):
</source>
        <translation>  saltate o mancanti (%1):
</translation>
    </message>
    <message>
        <source>  missing: nothing
</source>
        <translation>  mancanti: nessuna
</translation>
    </message>
    <message>
        <source>  processing baseline and BOA_ADD_OFFSET added to the DNs, per acquisition:
</source>
        <translation>  processing baseline e BOA_ADD_OFFSET aggiunto ai DN, per acquisizione:
</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::StagedFolder</name>
    <message>
        <source>Cannot create folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already committed</source>
        <translation>«%1» è già stato confermato</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>Impossibile rinominare «%1» in «%2»: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model</name>
    <message>
        <source>Unknown model &quot;%1&quot; (choose one of %2)</source>
        <translation>Modello sconosciuto «%1» (scegline uno tra %2)</translation>
    </message>
    <message>
        <source>%1: invalid LSTM layer sizes</source>
        <translation>%1: dimensioni degli strati LSTM non valide</translation>
    </message>
    <message>
        <source>%1: dropout %2 is not below 1</source>
        <translation>%1: il dropout %2 non è inferiore a 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable cropmap model file: %2</source>
        <translation>«%1» non è un file di modello di cropmap leggibile: %2</translation>
    </message>
    <message>
        <source>Cannot open model file &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire il file di modello «%1»: %2</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>firma errata</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>troncato</translation>
    </message>
    <message>
        <source>format version %1 (this cropmap reads %2)</source>
        <translation>versione del formato %1 (questo cropmap legge la %2)</translation>
    </message>
    <message>
        <source>implausible header length</source>
        <translation>lunghezza dell’intestazione non plausibile</translation>
    </message>
    <message>
        <source>header is not valid JSON (%1)</source>
        <translation>l’intestazione non è un JSON valido (%1)</translation>
    </message>
    <message>
        <source>T = %1 steps, B = %2 bands (%3)</source>
        <translation>T = %1 passi, B = %2 bande (%3)</translation>
    </message>
    <message>
        <source>Cannot build a %1 model for %2 steps, %3 bands and %4 classes</source>
        <translation>Impossibile costruire un modello %1 per %2 passi, %3 bande e %4 classi</translation>
    </message>
    <message>
        <source>TempCNN needs an odd kernel size, not %1</source>
        <translation>TempCNN richiede una dimensione del kernel dispari, non %1</translation>
    </message>
    <message>
        <source>%1: the stored weights do not fit the network (%2 tensors instead of %3)</source>
        <translation>%1: i pesi salvati non corrispondono alla rete (%2 tensori invece di %3)</translation>
    </message>
    <message>
        <source>%1: the stored weights do not fit the network (tensor &quot;%2&quot;)</source>
        <translation>%1: i pesi salvati non corrispondono alla rete (tensore «%2»)</translation>
    </message>
    <message>
        <source>%1: the weights lack tensor &quot;%2&quot;</source>
        <translation>%1: ai pesi manca il tensore «%2»</translation>
    </message>
    <message>
        <source>%1: the weights cannot be read (%2)</source>
        <translation>%1: impossibile leggere i pesi (%2)</translation>
    </message>
    <message>
        <source>%1: the optimizer state cannot be read (%2)</source>
        <translation>%1: impossibile leggere lo stato dell’ottimizzatore (%2)</translation>
    </message>
    <message>
        <source>Invalid training option %1 = %2</source>
        <translation>Opzione di addestramento non valida %1 = %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a training checkpoint</source>
        <translation>«%1» non è un checkpoint di addestramento</translation>
    </message>
    <message>
        <source>Environment variable %1=&quot;%2&quot; is not an integer</source>
        <translation>La variabile d’ambiente %1=«%2» non è un intero</translation>
    </message>
    <message>
        <source>Sample set %1 holds no samples</source>
        <translation>L’insieme di campioni %1 non contiene campioni</translation>
    </message>
    <message>
        <source>Sample set %1 has no classes, bands or steps</source>
        <translation>L’insieme di campioni %1 non ha classi, bande o passi</translation>
    </message>
    <message>
        <source>Invalid hyperparameter grid &quot;%1&quot;: %2</source>
        <translation>Griglia di iperparametri non valida «%1»: %2</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>l’intestazione non è un oggetto JSON</translation>
    </message>
    <message>
        <source>Unknown checkpoint criterion &quot;%1&quot; (use loss, f1 or posterior)</source>
        <translation>Criterio di checkpoint sconosciuto «%1» (usa loss, f1 o posterior)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>A group ensemble needs a split seed for every member</source>
        <translation>Un ensemble a gruppi richiede un seme di suddivisione per ogni membro</translation>
    </message>
    <message>
        <source>validation groups of %1</source>
        <translation>gruppi di validazione di %1</translation>
    </message>
    <message>
        <source>%1 training samples: an ensemble of %2 networks, each holding out its own validation groups (members auto: %2 up to %3 samples, 1 above)</source>
        <translation>%1 campioni di addestramento: un ensemble di %2 reti, ciascuna con i propri gruppi di validazione esclusi (members auto: %2 fino a %3 campioni, 1 oltre)</translation>
    </message>
    <message>
        <source>Ensemble member %1 of %2 (seed %3): %4 groups (%5 samples) train, %6 groups (%7 samples) validation</source>
        <translation>Membro %1 di %2 dell&apos;ensemble (seme %3): %4 gruppi (%5 campioni) addestramento, %6 gruppi (%7 campioni) validazione</translation>
    </message>
    <message>
        <source>member %1&apos;s validation groups of %2</source>
        <translation>gruppi di validazione del membro %1 di %2</translation>
    </message>
    <message>
        <source>Ensemble of %1 members, out-of-member on %2 held-out samples: val loss %3, val OA %4, val macro F1 %5</source>
        <translation>Ensemble di %1 membri, fuori dai membri su %2 campioni esclusi: perdita val. %3, OA val. %4, F1 macro val. %5</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::CropModel</name>
    <message>
        <source>%1 does not fit the model: the model expects %2, the data has %3</source>
        <translation>%1 non è adatto al modello: il modello si aspetta %2, i dati hanno %3</translation>
    </message>
    <message>
        <source>Model file &quot;%1&quot;</source>
        <translation>File di modello «%1»</translation>
    </message>
    <message>
        <source>Models of different architectures, classes, layouts or normalisations cannot form one ensemble</source>
        <translation>Modelli con architetture, classi, strutture o normalizzazioni diverse non possono formare un unico ensemble</translation>
    </message>
    <message>
        <source>An ensemble holds at most %1 members</source>
        <translation>Un ensemble contiene al massimo %1 membri</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::DistributedContext</name>
    <message>
        <source>Data-parallel training: rank %1 of %2 cannot join the group at %3:%4: %5</source>
        <translation>Addestramento con parallelismo sui dati: il rank %1 di %2 non può unirsi al gruppo in %3:%4: %5</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::DistributedSettings</name>
    <message>
        <source>Data-parallel training: rank %1 is outside a world of %2 processes (RANK / SLURM_PROCID)</source>
        <translation>Addestramento con parallelismo sui dati: il rank %1 è fuori da un mondo di %2 processi (RANK / SLURM_PROCID)</translation>
    </message>
    <message>
        <source>MASTER_PORT=%1 is not a TCP port</source>
        <translation>MASTER_PORT=%1 non è una porta TCP</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::GridSearch</name>
    <message>
        <source>Grid point %1 of %2: learning rate %3, dropout %4, batch size %5</source>
        <translation>Punto della griglia %1 di %2: tasso di apprendimento %3, dropout %4, dimensione del batch %5</translation>
    </message>
    <message>
        <source>Best grid point: learning rate %1, dropout %2, batch size %3 (val macro F1 %4)</source>
        <translation>Miglior punto della griglia: tasso di apprendimento %1, dropout %2, dimensione del batch %3 (F1 macro val. %4)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::HyperparameterGrid</name>
    <message>
        <source>&quot;%1&quot; is not key=value,value…</source>
        <translation>«%1» non è nella forma key=value,value…</translation>
    </message>
    <message>
        <source>learning rate &quot;%1&quot; is not positive</source>
        <translation>il tasso di apprendimento «%1» non è positivo</translation>
    </message>
    <message>
        <source>dropout &quot;%1&quot; is not in [0, 1)</source>
        <translation>il dropout «%1» non è in [0, 1)</translation>
    </message>
    <message>
        <source>batch size &quot;%1&quot; is not a positive integer</source>
        <translation>la dimensione del batch «%1» non è un intero positivo</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (use lr, dropout, batch)</source>
        <translation>chiave sconosciuta «%1» (usa lr, dropout, batch)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::ModelFile</name>
    <message>
        <source>section &quot;%1&quot; is missing</source>
        <translation>manca la sezione «%1»</translation>
    </message>
    <message>
        <source>bad section table</source>
        <translation>tabella delle sezioni non valida</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>troncato</translation>
    </message>
    <message>
        <source>trailing bytes after the last section</source>
        <translation>byte in eccesso dopo l’ultima sezione</translation>
    </message>
    <message>
        <source>bad section table: section %1 has no name</source>
        <translation>tabella delle sezioni errata: la sezione %1 non ha nome</translation>
    </message>
    <message>
        <source>bad section table: section &quot;%1&quot; is listed twice</source>
        <translation>tabella delle sezioni errata: la sezione &quot;%1&quot; è elencata due volte</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::ModelMetadata</name>
    <message>
        <source>&quot;%1&quot; is not a cropmap model file (it is a &quot;%2&quot;)</source>
        <translation>«%1» non è un file di modello di cropmap (è «%2»)</translation>
    </message>
    <message>
        <source>Model file &quot;%1&quot; is inconsistent: bands, steps, classes or normalisation missing or of different lengths</source>
        <translation>Il file di modello «%1» è incoerente: bande, passi, classi o normalizzazione mancanti o di lunghezze diverse</translation>
    </message>
    <message>
        <source>Model file &quot;%1&quot; names %2 ensemble members (1 to %3 allowed)</source>
        <translation>Il file di modello «%1» indica %2 membri dell’ensemble (consentiti da 1 a %3)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::ModelTrainer</name>
    <message>
        <source>(training)</source>
        <translation>(addestramento)</translation>
    </message>
    <message>
        <source>(validation)</source>
        <translation>(validazione)</translation>
    </message>
    <message>
        <source>Ensemble member %1 of %2 (seed %3)</source>
        <translation>Membro dell’ensemble %1 di %2 (seed %3)</translation>
    </message>
    <message>
        <source>Ensemble of %1 members on %2: val loss %3, val OA %4, val macro F1 %5</source>
        <translation>Ensemble di %1 membri su %2: perdita val. %3, OA val. %4, F1 macro val. %5</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::TrainJob</name>
    <message>
        <source>Train %1 model</source>
        <translation>Addestramento del modello %1</translation>
    </message>
    <message>
        <source>Reading samples</source>
        <translation>Lettura dei campioni</translation>
    </message>
    <message>
        <source>Joining %1 processes at %2:%3</source>
        <translation>Unione di %1 processi in %2:%3</translation>
    </message>
    <message>
        <source>best of %1 grid points: #%2, learning rate %3, dropout %4, batch size %5 (table: %6.grid.csv)</source>
        <translation>migliore di %1 punti della griglia: #%2, tasso di apprendimento %3, dropout %4, dimensione del batch %5 (tabella: %6.grid.csv)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::TrainingRun</name>
    <message>
        <source>No checkpoint &quot;%1&quot; yet: training starts afresh</source>
        <translation>Nessun checkpoint «%1» ancora: l’addestramento parte da capo</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot; was written for other samples or options (model, learning rate, batch size, seed, process count); remove it or train without --resume</source>
        <translation>Il checkpoint «%1» è stato scritto per altri campioni o opzioni (modello, tasso di apprendimento, dimensione del batch, seed, numero di processi); rimuovilo o addestra senza --resume</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot;</source>
        <translation>Checkpoint «%1»</translation>
    </message>
    <message>
        <source>Sample sets %1 and %2 use different class tables</source>
        <translation>Gli insiemi di campioni %1 e %2 usano tabelle delle classi diverse</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; has no training samples in %2: it gets weight 0 and the model cannot learn it</source>
        <translation>La classe «%1» non ha campioni di addestramento in %2: riceve peso 0 e il modello non può impararla</translation>
    </message>
    <message>
        <source>Sample set %1 has no labelled samples</source>
        <translation>L’insieme di campioni %1 non ha campioni etichettati</translation>
    </message>
    <message>
        <source>best weights</source>
        <translation>pesi migliori</translation>
    </message>
    <message>
        <source>Stage %1, step %2 of %3</source>
        <translation>Fase %1, passo %2 di %3</translation>
    </message>
    <message>
        <source>averaged weights</source>
        <translation>pesi mediati</translation>
    </message>
    <message>
        <source>training weights</source>
        <translation>pesi di addestramento</translation>
    </message>
    <message>
        <source>stage %1 check %2 (step %3, rate %4): train loss %5, val loss %6, val OA %7, val macro F1 %8, val posterior %9 (%10 s)</source>
        <translation>fase %1 controllo %2 (passo %3, tasso %4): perdita di addestramento %5, perdita val. %6, OA val. %7, F1 macro val. %8, probabilità a posteriori val. %9 (%10 s)</translation>
    </message>
    <message>
        <source>Resuming from &quot;%1&quot;: stage %2 after check %3 (step %4)</source>
        <translation>Ripresa da «%1»: fase %2 dopo il controllo %3 (passo %4)</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; has training samples but none in %2: the validation checks cannot judge it, and its F1 counts as 0 in the macro F1</source>
        <translation>La classe «%1» ha campioni di addestramento ma nessuno in %2: i controlli di validazione non possono valutarla e il suo F1 conta come 0 nell’F1 macro</translation>
    </message>
    <message>
        <source>Refit on the %1 training and validation samples: stage 1 for %2 steps, stage 2 for %3 steps, as the validation checks chose</source>
        <translation>Riaddestramento sui %1 campioni di addestramento e validazione: fase 1 per %2 passi, fase 2 per %3 passi, come scelto dai controlli di validazione</translation>
    </message>
    <message>
        <source>refitted weights</source>
        <translation>pesi riaddestrati</translation>
    </message>
    <message>
        <source>Schedule: %1 training samples, batch %2 (%3 steps a pass), a validation check every %4 steps, stage 1 at most %5 steps, patience %6 checks</source>
        <translation>Programma: %1 campioni di addestramento, batch %2 (%3 passi per passata), un controllo di validazione ogni %4 passi, fase 1 al massimo %5 passi, pazienza %6 controlli</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline</name>
    <message>
        <source>%1, line %2: unknown key &quot;%3&quot;%4</source>
        <translation>%1, riga %2: chiave sconosciuta «%3»%4</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (intendevi «%1»?)</translation>
    </message>
    <message>
        <source> (known keys: %1)</source>
        <translation> (chiavi note: %1)</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; must be %4</source>
        <translation>%1, riga %2: «%3» deve essere %4</translation>
    </message>
    <message>
        <source>No labelled test pixel in %1: the test patches hold no eroded parcel</source>
        <translation>Nessun pixel di test etichettato in %1: le patch di test non contengono particelle erose</translation>
    </message>
    <message>
        <source>Classifying the test pixels</source>
        <translation>Classificazione dei pixel di test</translation>
    </message>
    <message>
        <source>Measuring mapped areas</source>
        <translation>Misura delle superfici mappate</translation>
    </message>
    <message>
        <source>%1: accuracy on the test patches</source>
        <translation>%1: accuratezza sulle patch di test</translation>
    </message>
    <message>
        <source>declarations (eroded)</source>
        <translation>dichiarazioni (erose)</translation>
    </message>
    <message>
        <source>weak model</source>
        <translation>modello debole</translation>
    </message>
    <message>
        <source>final model</source>
        <translation>modello finale</translation>
    </message>
    <message>
        <source>%1: accuracy against the synthetic truth</source>
        <translation>%1: accuratezza rispetto alla verità sintetica</translation>
    </message>
    <message>
        <source>synthetic truth</source>
        <translation>verità sintetica</translation>
    </message>
    <message>
        <source>%1: &quot;series&quot; in &quot;composite&quot; must be &quot;monthly&quot; or &quot;whole&quot;, not &quot;%2&quot;</source>
        <translation>%1: «series» in «composite» deve essere «monthly» o «whole», non «%2»</translation>
    </message>
    <message>
        <source>Judging %1 pool pixels with the weak model</source>
        <translation>Valutazione di %1 pixel del pool con il modello debole</translation>
    </message>
    <message>
        <source>Selecting reliable samples</source>
        <translation>Selezione dei campioni affidabili</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; to fingerprint it: %2</source>
        <translation>Impossibile leggere «%1» per calcolarne l’impronta: %2</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>e altri %n</translation>
    </message>
    <message>
        <source>%1: &quot;sampling&quot;</source>
        <translation>%1: «sampling»</translation>
    </message>
    <message>
        <source>%1: unknown training option &quot;%2&quot; (known: %3)</source>
        <translation>%1: opzione di addestramento sconosciuta «%2» (note: %3)</translation>
    </message>
    <message>
        <source>Cross-fitting without the project&apos;s training options: the fold models train with the defaults and the weak model&apos;s architecture</source>
        <translation>Cross-fitting senza le opzioni di addestramento del progetto: i modelli dei fold si addestrano con i valori predefiniti e l’architettura del modello debole</translation>
    </message>
    <message>
        <source>Cross-fitting fold %1 of %2: a weak model on %3 of %4 training samples (seed %5)</source>
        <translation>Cross-fitting, fold %1 di %2: un modello debole su %3 di %4 campioni di addestramento (seed %5)</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; (%2 pixels, %3 agreeing): %4</source>
        <translation>Classe «%1» (%2 pixel, %3 concordanti): %4</translation>
    </message>
    <message>
        <source>Declaration check, parcel by parcel</source>
        <translation>Controllo delle dichiarazioni, particella per particella</translation>
    </message>
    <message>
        <source>Mapped areas: the class maps inside the crop mask (the declared parcels of legend classes)</source>
        <translation>Superfici mappate: le mappe delle classi all’interno della maschera delle colture (le particelle dichiarate delle classi della legenda)</translation>
    </message>
    <message>
        <source>Mapped areas: every classified pixel of the class maps (no crop mask: land outside the declared parcels is mapped as crops too)</source>
        <translation>Superfici mappate: ogni pixel classificato delle mappe delle classi (nessuna maschera delle colture: anche il terreno fuori dalle particelle dichiarate viene mappato come coltura)</translation>
    </message>
    <message>
        <source>Cross-fitting needs the validation set the fold models stop on</source>
        <translation>Il cross-fitting richiede l&apos;insieme di validazione su cui si fermano i modelli dei fold</translation>
    </message>
    <message>
        <source>Judging the pool: %L1 of %L2 pixels</source>
        <translation>Valutazione del pool: %L1 di %L2 pixel</translation>
    </message>
    <message>
        <source>%1: not recorded by the last run (an earlier version of cropmap)</source>
        <translation>%1: non registrato dall&apos;ultima esecuzione (una versione precedente di cropmap)</translation>
    </message>
    <message>
        <source>, every place counted once across tiles (%1 ha in tile overlaps counted on the first tile only). Test pixels: all eroded pixels of the %2 test parcels. Whole parcels are clusters of alike pixels, not a random sample of pixels: the standard errors and intervals are computed at parcel level (each parcel one cluster). A class that is the reference of no test parcel is estimated at 0 whatever its mapped area.</source>
        <translation>, ogni luogo contato una sola volta tra le tessere (%1 ha nelle sovrapposizioni contati solo sulla prima tessera). Pixel di test: tutti i pixel erosi delle %2 particelle di test. Le particelle intere sono cluster di pixel simili, non un campione casuale di pixel: errori standard e intervalli sono calcolati a livello di particella (ogni particella un cluster). Una classe che non è il riferimento di alcuna particella di test è stimata a 0 qualunque sia la sua superficie mappata.</translation>
    </message>
    <message>
        <source>Classifying the test pixels: %L1 of %L2</source>
        <translation>Classificazione dei pixel di test: %L1 di %L2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::InputSnapshot</name>
    <message>
        <source>%1 is new</source>
        <translation>%1 è nuovo</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manca</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 è cambiato</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 non c’è più</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::PipelineJob</name>
    <message>
        <source>Pipeline of %1</source>
        <translation>Pipeline di %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::PipelineRunner</name>
    <message>
        <source>Unknown step &quot;%1&quot; (steps: %2)</source>
        <translation>Fase sconosciuta «%1» (fasi: %2)</translation>
    </message>
    <message>
        <source>Monthly composites</source>
        <translation>Compositi mensili</translation>
    </message>
    <message>
        <source>Rasterize and erode declarations</source>
        <translation>Rasterizza ed erodi le dichiarazioni</translation>
    </message>
    <message>
        <source>Spatial split and weak samples</source>
        <translation>Suddivisione spaziale e campioni deboli</translation>
    </message>
    <message>
        <source>Train the weak model</source>
        <translation>Addestra il modello debole</translation>
    </message>
    <message>
        <source>Select reliable samples</source>
        <translation>Seleziona i campioni affidabili</translation>
    </message>
    <message>
        <source>Retrain on reliable samples</source>
        <translation>Riaddestra sui campioni affidabili</translation>
    </message>
    <message>
        <source>Classify tiles</source>
        <translation>Classifica le tessere</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>%1: up to date, skipped</source>
        <translation>%1: aggiornata, saltata</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscita: %2</translation>
    </message>
    <message>
        <source>%1 canceled</source>
        <translation>%1 annullata</translation>
    </message>
    <message>
        <source>%1 done: %2</source>
        <translation>%1 completata: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>%1: &quot;keep&quot; in &quot;select&quot; must be &quot;final&quot; or &quot;better&quot;, not &quot;%2&quot;</source>
        <translation>%1: «keep» in «select» deve essere «final» o «better», non «%2»</translation>
    </message>
    <message>
        <source>Check the declarations parcel by parcel</source>
        <translation>Controlla le dichiarazioni particella per particella</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>non ancora eseguita</translation>
    </message>
    <message>
        <source>%1: up to date, run again as asked</source>
        <translation>%1: aggiornata, eseguita di nuovo come richiesto</translation>
    </message>
    <message>
        <source>%1: out of date: %2</source>
        <translation>%1: non aggiornata: %2</translation>
    </message>
    <message>
        <source>%1 (check)</source>
        <translation>%1 (controllo)</translation>
    </message>
    <message>
        <source>%1 (verdicts)</source>
        <translation>%1 (verdetti)</translation>
    </message>
    <message>
        <source>No probability rasters in %1: the declared class&apos;s mean posterior is left empty (set &quot;probabilities&quot;: true in &quot;classify&quot; to have it)</source>
        <translation>Nessun raster delle probabilità in %1: la probabilità a posteriori media della classe dichiarata resta vuota (imposta &quot;probabilities&quot;: true in «classify» per averla)</translation>
    </message>
    <message>
        <source>the earlier step “%1” is out of date</source>
        <translation>la fase precedente «%1» non è aggiornata</translation>
    </message>
    <message>
        <source>run of %1, steps %2 to %3, memory budget %4</source>
        <translation>esecuzione di %1, passi da %2 a %3, budget di memoria %4</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::Project</name>
    <message>
        <source>Cannot open project &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire il progetto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: a project file must hold a JSON object</source>
        <translation>%1: un file di progetto deve contenere un oggetto JSON</translation>
    </message>
    <message>
        <source> in &quot;%1&quot;</source>
        <translation> in «%1»</translation>
    </message>
    <message>
        <source>%1: the project needs &quot;%2&quot;</source>
        <translation>%1: il progetto richiede «%2»</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;verdicts&quot;</source>
        <translation>%1, riga %2: «verdicts»</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot;</source>
        <translation>%1, riga %2: «%3»</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;quantile&quot; in &quot;sampling&quot;</source>
        <translation>%1, riga %2: «quantile» in «sampling»</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;mask&quot; in &quot;classify&quot; must be &quot;declared&quot; (only the pixels of declared parcels) or &quot;none&quot; (every pixel), not %3</source>
        <translation>%1, riga %2: «mask» in «classify» deve essere «declared» (solo i pixel delle particelle dichiarate) o «none» (ogni pixel), non %3</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;memory&quot;</source>
        <translation>%1, riga %2: &quot;memory&quot;</translation>
    </message>
    <message>
        <source>%1 must be a size such as &quot;4G&quot; or a number of MiB</source>
        <translation>%1 deve essere una dimensione come &quot;4G&quot; o un numero di MiB</translation>
    </message>
    <message>
        <source>%1: &quot;memory&quot;</source>
        <translation>%1: &quot;memory&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;precision&quot; in &quot;classify&quot; must be &quot;float32&quot; or &quot;bfloat16&quot; (the seed LSTM&apos;s products rounded to bfloat16 on CPUs with AVX-512 BF16), not %3</source>
        <translation>%1, riga %2: &quot;precision&quot; in &quot;classify&quot; deve essere &quot;float32&quot; o &quot;bfloat16&quot; (i prodotti dell&apos;LSTM dello studio di partenza arrotondati a bfloat16 su CPU con AVX-512 BF16), non %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::StepRecord</name>
    <message>
        <source>not run yet</source>
        <translation>non ancora eseguita</translation>
    </message>
    <message>
        <source>options or inputs changed since the last run</source>
        <translation>opzioni o input cambiati dall’ultima esecuzione</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>opzione %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>input %1</translation>
    </message>
    <message>
        <source>output %1 is missing</source>
        <translation>manca l’output %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; is truncated</source>
        <translation>Il file dei campioni «%1» è troncato</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line 1: no %2 column &quot;%3&quot; in the header (columns: %4)</source>
        <translation>«%1», riga 1: nessuna colonna «%3» (%2) nell’intestazione (colonne: %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: without a header row the %2 column must be a column number from 1 to %3, not &quot;%4&quot;</source>
        <translation>«%1»: senza riga di intestazione la colonna (%2) deve essere un numero di colonna da 1 a %3, non «%4»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line 1: value column %2 is &quot;%3&quot;, but the %4 layout with bands %5 expects band %6 there</source>
        <translation>«%1», riga 1: la colonna di valori %2 è «%3», ma la struttura %4 con le bande %5 si aspetta lì la banda %6</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppo</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the label and the group column are the same column</source>
        <translation>«%1»: la colonna dell’etichetta e quella del gruppo sono la stessa colonna</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the table&apos;s bands and number of steps must be given</source>
        <translation>Impossibile leggere «%1»: vanno indicati le bande e il numero di passi della tabella</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: scale %2 is not a usable factor</source>
        <translation>Impossibile leggere «%1»: la scala %2 non è un fattore utilizzabile</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>columns %1 to %2</source>
        <translation>colonne da %1 a %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the skipped column &quot;%2&quot; is the label or the group column</source>
        <translation>«%1»: la colonna saltata «%2» è la colonna dell’etichetta o del gruppo</translation>
    </message>
    <message>
        <source>first value</source>
        <translation>primo valore</translation>
    </message>
    <message>
        <source>last value</source>
        <translation>ultimo valore</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the value columns &quot;%2&quot; end before they start</source>
        <translation>«%1»: le colonne di valori «%2» finiscono prima di iniziare</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: %3 value columns, but T × B = %4 × %5 = %6 (value columns: %7; leave other columns out by skipping them or by choosing the value columns)</source>
        <translation>«%1», riga %2: %3 colonne di valori, ma T × B = %4 × %5 = %6 (colonne di valori: %7; escludi le altre colonne saltandole o scegliendo le colonne di valori)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2, column %3: &quot;%4&quot; is not a number%5</source>
        <translation>«%1», riga %2, colonna %3: «%4» non è un numero%5</translation>
    </message>
    <message>
        <source> (column &quot;%1&quot;)</source>
        <translation> (colonna «%1»)</translation>
    </message>
    <message>
        <source>Cannot open sample file &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire il file di campioni &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 true classes for the %2 samples of &quot;%3&quot;</source>
        <translation>%1 classi vere per i %2 campioni di &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Sample %1 asked of &quot;%2&quot;, which holds %3</source>
        <translation>Campione %1 richiesto a &quot;%2&quot;, che ne contiene %3</translation>
    </message>
    <message>
        <source>Cannot write samples of other bands, steps or classes to &quot;%1&quot;</source>
        <translation>Impossibile scrivere campioni di altre bande, passi o classi in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::CompositeSeries</name>
    <message>
        <source>No composites for tile %1 in &quot;%2&quot; (looked for %3); run `cropmap composite` first</source>
        <translation>Nessun composito per la tile %1 in «%2» (cercato %3); esegui prima `cropmap composite`</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::SampleLabelResolver</name>
    <message>
        <source>&quot;%1&quot;, line %2: label &quot;%3&quot; is not an integer class code</source>
        <translation>«%1», riga %2: l’etichetta «%3» non è un codice di classe intero</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: more than 255 distinct labels</source>
        <translation>«%1», riga %2: più di 255 etichette distinte</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: the legend maps label &quot;%3&quot; to class %4, which is not among the classes (%5)</source>
        <translation>«%1», riga %2: la legenda associa l’etichetta «%3» alla classe %4, che non è tra le classi (%5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: unknown label &quot;%3&quot;: %4 (classes: %5)</source>
        <translation>«%1», riga %2: etichetta sconosciuta «%3»: %4 (classi: %5)</translation>
    </message>
    <message>
        <source>neither a value of the legend&apos;s mapping nor a class</source>
        <translation>né un valore delle corrispondenze della legenda né una classe</translation>
    </message>
    <message>
        <source>not a class</source>
        <translation>non è una classe</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::SampleSet</name>
    <message>
        <source>Cannot merge sample sets with different bands, steps or classes (%1 × %2 vs %3 × %4)</source>
        <translation>Impossibile unire insiemi di campioni con bande, passi o classi diversi (%1 × %2 contro %3 × %4)</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot open sample file &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire il file dei campioni «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cropmap sample file</source>
        <translation>«%1» non è un file dei campioni di cropmap</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; has unsupported version %2</source>
        <translation>Il file dei campioni «%1» ha la versione non supportata %2</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; is truncated</source>
        <translation>Il file dei campioni «%1» è troncato</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; has a malformed header: %2</source>
        <translation>Il file dei campioni «%1» ha un’intestazione non valida: %2</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; has a malformed header (count, bands or steps)</source>
        <translation>Il file dei campioni «%1» ha un’intestazione non valida (numero, bande o passi)</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; is truncated or corrupt (%2 bytes, expected %3)</source>
        <translation>Il file dei campioni «%1» è troncato o danneggiato (%2 byte, attesi %3)</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; has a class index %2 outside its %3 classes</source>
        <translation>Il file dei campioni «%1» ha un indice di classe %2 fuori dalle sue %3 classi</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::SampleTableCsv</name>
    <message>
        <source>Cannot open sample table &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire la tabella dei campioni «%1»: %2</translation>
    </message>
    <message>
        <source>Sample table &quot;%1&quot; is empty</source>
        <translation>La tabella dei campioni «%1» è vuota</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: %3 fields, but the table has %4 columns</source>
        <translation>«%1», riga %2: %3 campi, ma la tabella ha %4 colonne</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <source>Sample table &quot;%1&quot; has no rows</source>
        <translation>La tabella dei campioni «%1» non ha righe</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: scale %2 is not a usable factor</source>
        <translation>Impossibile scrivere «%1»: la scala %2 non è un fattore utilizzabile</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Scrittura di %1</translation>
    </message>
    <message>
        <source>Unknown sample table layout &quot;%1&quot; (date-major or band-major)</source>
        <translation>Struttura della tabella dei campioni sconosciuta «%1» (date-major o band-major)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::SpatialSplit</name>
    <message>
        <source>Split fractions must be ≥ 0 and not all 0</source>
        <translation>Le quote della suddivisione devono essere ≥ 0 e non tutte 0</translation>
    </message>
    <message>
        <source>Cannot cut the %1 × %2 pixel tile %3 into %4 × %5 patches</source>
        <translation>Impossibile dividere la tile %3 di %1 × %2 pixel in %4 × %5 patch</translation>
    </message>
    <message>
        <source>The split raster &quot;%1&quot; does not cover the grid of tile %2 (%3)</source>
        <translation>Il raster della suddivisione «%1» non copre la griglia della tile %2 (%3)</translation>
    </message>
    <message>
        <source>The split raster &quot;%1&quot; holds a value other than 1, 2, 3</source>
        <translation>Il raster della suddivisione «%1» contiene un valore diverso da 1, 2, 3</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the GDAL driver GeoJSON is not available</source>
        <translation>Impossibile scrivere «%1»: il driver GDAL GeoJSON non è disponibile</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: field &quot;%2&quot;: %3</source>
        <translation>Impossibile scrivere «%1»: campo «%2»: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::StratifiedGroupSplit</name>
    <message>
        <source>Cross-validation needs at least 2 folds, not %1</source>
        <translation>La validazione incrociata richiede almeno 2 fold, non %1</translation>
    </message>
    <message>
        <source>The validation share must lie between 0 and 1, not %1</source>
        <translation>La quota di validazione deve essere compresa tra 0 e 1, non %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::StratifiedSampler</name>
    <message>
        <source>The quantile of an empty list of priors is undefined (no class has pixels)</source>
        <translation>Il quantile di un elenco vuoto di probabilità a priori non è definito (nessuna classe ha pixel)</translation>
    </message>
    <message>
        <source>A quantile must lie in [0, 1], got %1</source>
        <translation>Un quantile deve essere in [0, 1], ricevuto %1</translation>
    </message>
    <message>
        <source>Sampling plan: one count per class is needed</source>
        <translation>Piano di campionamento: serve un conteggio per classe</translation>
    </message>
    <message>
        <source>Sampling plan: the budget, k_boost and k_min must be ≥ 0</source>
        <translation>Piano di campionamento: budget, k_boost e k_min devono essere ≥ 0</translation>
    </message>
    <message>
        <source>Sampling plan: the eroded map holds no labelled pixel</source>
        <translation>Piano di campionamento: la mappa erosa non contiene pixel etichettati</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppo</translation>
    </message>
    <message>
        <source>most</source>
        <translation>più</translation>
    </message>
    <message>
        <source>least</source>
        <translation>meno</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>Piano di campionamento</translation>
    </message>
    <message>
        <source>τ = %1 (the %2 percentile of the priors)
</source>
        <translation>τ = %1 (il %2 percentile delle probabilità a priori)
</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::StratifiedSamplingOptions</name>
    <message>
        <source>%1: the sampling quantile must be a number in percent, e.g. 65, not &quot;%2&quot;</source>
        <translation>%1: il quantile di campionamento deve essere un numero in percentuale, ad es. 65, non «%2»</translation>
    </message>
    <message>
        <source>%1: the sampling quantile must be a number in percent, e.g. 65</source>
        <translation>%1: il quantile di campionamento deve essere un numero in percentuale, ad es. 65</translation>
    </message>
    <message>
        <source>%1: the sampling quantile is in percent, not a fraction: %2 would put τ at the %3 percentile of the priors (did you mean %4?)</source>
        <translation>%1: il quantile di campionamento è in percentuale, non una frazione: %2 porrebbe τ al %3 percentile delle probabilità a priori (intendevi %4?)</translation>
    </message>
    <message>
        <source>%1: the sampling quantile must lie in (1, 100] percent, not %2</source>
        <translation>%1: il quantile di campionamento deve essere in (1, 100] percento, non %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::ThematicTile</name>
    <message>
        <source>No thematic product for tile %1: cannot read &quot;%2&quot; (run `cropmap rasterize` for this tile first)</source>
        <translation>Nessun prodotto tematico per la tile %1: impossibile leggere «%2» (esegui prima `cropmap rasterize` per questa tile)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a thematic report: %2</source>
        <translation>«%1» non è un rapporto tematico: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are not on the same grid</source>
        <translation>«%1» e «%2» non sono sulla stessa griglia</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::TrainingSetJob</name>
    <message>
        <source>%1 parcels with eroded pixels, %2 straddled patches (each went whole to the set of its majority patch)
</source>
        <translation>%1 particelle con pixel erosi, %2 a cavallo di più patch (ciascuna è andata per intero nell’insieme della sua patch maggioritaria)
</translation>
    </message>
    <message>
        <source>Excluded, no pixel in the eroded maps: %1
</source>
        <translation>Escluse, nessun pixel nelle mappe erose: %1
</translation>
    </message>
    <message>
        <source>Training set:
</source>
        <translation>Insieme di addestramento:
</translation>
    </message>
    <message>
        <source>Validation set:
</source>
        <translation>Insieme di validazione:
</translation>
    </message>
    <message>
        <source>Draw the weak training set</source>
        <translation>Estrazione dell’insieme di addestramento debole</translation>
    </message>
    <message>
        <source>No thematic product (*_thematic.json) in &quot;%1&quot;</source>
        <translation>Nessun prodotto tematico (*_thematic.json) in «%1»</translation>
    </message>
    <message>
        <source>Cannot create the output folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella di output «%1»</translation>
    </message>
    <message>
        <source>Tiles %1 and %2 were rasterized with different class tables; use one legend</source>
        <translation>Le tile %1 e %2 sono state rasterizzate con tabelle delle classi diverse; usa una sola legenda</translation>
    </message>
    <message>
        <source>Counting the eroded map of %1</source>
        <translation>Conteggio della mappa erosa di %1</translation>
    </message>
    <message>
        <source>The eroded maps of %1 hold no labelled pixel</source>
        <translation>Le mappe erose di %1 non contengono pixel etichettati</translation>
    </message>
    <message>
        <source>Class %1 &quot;%2&quot; gets no training sample: its parcels lie outside the train patches</source>
        <translation>La classe %1 «%2» non riceve campioni di addestramento: le sue particelle sono fuori dalle patch di addestramento</translation>
    </message>
    <message>
        <source>The composites of tile %1 (&quot;%2&quot;) have other steps or bands than those of tile %3</source>
        <translation>I compositi della tile %1 («%2») hanno passi o bande diversi da quelli della tile %3</translation>
    </message>
    <message>
        <source>%1 drawn pixels have no composite value (nodata) and were left out</source>
        <translation>%1 pixel estratti non hanno un valore di composito (nodata) e sono stati esclusi</translation>
    </message>
    <message>
        <source>Writing sample sets</source>
        <translation>Scrittura degli insiemi di campioni</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>%1 parcels in the overlap of tiles, each counted once on the tile holding most of its eroded pixels
</source>
        <translation>%1 particelle nella sovrapposizione tra tile, ciascuna contata una volta sulla tile che contiene la maggior parte dei suoi pixel erosi
</translation>
    </message>
    <message>
        <source>%1 parcels lie in the overlap of tiles: each is counted once, on the tile holding most of its eroded pixels (%2 pixels on other tiles left out)</source>
        <translation>%1 particelle si trovano nella sovrapposizione tra tile: ciascuna è contata una volta, sulla tile che contiene la maggior parte dei suoi pixel erosi (%2 pixel su altre tile esclusi)</translation>
    </message>
    <message>
        <source>Drawing samples in %1 and reading their composites</source>
        <translation>Estrazione dei campioni in %1 e lettura dei loro compositi</translation>
    </message>
</context>
<context>
    <name>cropmap::core::select</name>
    <message>
        <source>Cross-fitting needs at least 2 folds, not %1</source>
        <translation>Il cross-fitting richiede almeno 2 fold, non %1</translation>
    </message>
    <message>
        <source>Drawing from the reliable pool: %1 classes for %2 keep flags</source>
        <translation>Estrazione dal pool affidabile: %1 classi per %2 indicatori di mantenimento</translation>
    </message>
    <message>
        <source>Reliable-sample selection needs at least one class</source>
        <translation>La selezione dei campioni affidabili richiede almeno una classe</translation>
    </message>
    <message>
        <source>Reliable-sample selection: the per-pixel arrays differ in length</source>
        <translation>Selezione dei campioni affidabili: gli array per pixel hanno lunghezze diverse</translation>
    </message>
    <message>
        <source>The adaptive selection rule needs the posterior of the declared class</source>
        <translation>La regola di selezione adattiva richiede la probabilità a posteriori della classe dichiarata</translation>
    </message>
    <message>
        <source>Reliable-sample selection: pixel %1 has class %2 predicted as %3, outside the %4 classes</source>
        <translation>Selezione dei campioni affidabili: il pixel %1 ha la classe %2 prevista come %3, fuori dalle %4 classi</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: «%2» deve essere un numero</translation>
    </message>
    <message>
        <source>%1: unknown selection rule &quot;%2&quot; (expected seed, adaptive, parcel or none)</source>
        <translation>%1: regola di selezione sconosciuta «%2» (attese: seed, adaptive, parcel o none)</translation>
    </message>
    <message>
        <source>%1: the selection summary has no &quot;classes&quot; list</source>
        <translation>%1: il riepilogo della selezione non ha un elenco «classes»</translation>
    </message>
    <message>
        <source>The weak model agrees with %1 % of the pool it was trained on but with %2 % of the validation pixels: it has learnt the train parcels, wrong declarations included, so disagreement finds few of them (the adaptive and parcel rules then drop little). The seed rule ranks by posterior and still drops the least certain pixels; cross-fitting (&quot;crossfit_folds&quot;: 2) judges every parcel with a model that did not see it; mixup (&quot;train&quot;: {&quot;mixup&quot;: 0.4}) makes the weak model learn its parcels less by heart.</source>
        <translation>Il modello debole concorda con il %1 % del pool su cui è stato addestrato ma solo con il %2 % dei pixel di validazione: ha imparato a memoria le particelle di addestramento, dichiarazioni errate comprese, quindi il disaccordo ne trova poche (le regole «adaptive» e «parcel» scartano allora poco). La regola «seed» ordina per probabilità a posteriori e scarta comunque i pixel meno certi; il cross-fitting (&quot;crossfit_folds&quot;: 2) valuta ogni particella con un modello che non l’ha vista; il mixup (&quot;train&quot;: {&quot;mixup&quot;: 0.4}) fa sì che il modello debole impari meno a memoria le sue particelle.</translation>
    </message>
</context>
<context>
    <name>cropmap::core::select::ReliableSampleSelector</name>
    <message>
        <source>Reliable-sample selection</source>
        <translation>Selezione dei campioni affidabili</translation>
    </message>
</context>
<context>
    <name>cropmap::core::select::SelectionInput</name>
    <message>
        <source>Reliable-sample selection: %1 probabilities do not fit %2 pixels × %3 classes</source>
        <translation>Selezione dei campioni affidabili: %1 probabilità non corrispondono a %2 pixel × %3 classi</translation>
    </message>
</context>
<context>
    <name>cropmap::core::select::SelectionOptions</name>
    <message>
        <source>%1: unknown selection option &quot;%2&quot; (known: %3)</source>
        <translation>%1: opzione di selezione sconosciuta «%2» (note: %3)</translation>
    </message>
    <message>
        <source>%1: &quot;seed&quot; must be a non-negative integer</source>
        <translation>%1: «seed» deve essere un intero non negativo</translation>
    </message>
    <message>
        <source>%1: percentile must lie in [0, 100), not %2</source>
        <translation>%1: percentile deve essere in [0, 100), non %2</translation>
    </message>
    <message>
        <source>%1: adaptive_floor must lie in [0, 1], not %2</source>
        <translation>%1: adaptive_floor deve essere in [0, 1], non %2</translation>
    </message>
    <message>
        <source>%1: parcel_agreement must lie in (0, 1], not %2</source>
        <translation>%1: parcel_agreement deve essere in (0, 1], non %2</translation>
    </message>
    <message>
        <source>%1: parcel_guard must lie in [0, 1], not %2</source>
        <translation>%1: parcel_guard deve essere in [0, 1], non %2</translation>
    </message>
    <message>
        <source>%1: crossfit_folds must be 0 (off) or at least 2, not %2</source>
        <translation>%1: crossfit_folds deve essere 0 (disattivato) o almeno 2, non %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: GDAL lacks the JP2OpenJPEG driver</source>
        <translation>Impossibile scrivere «%1»: in GDAL manca il driver JP2OpenJPEG</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot add the field %1 to &quot;%2&quot;: %3</source>
        <translation>Impossibile aggiungere il campo %1 a «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;: it cannot be renamed</source>
        <translation>Impossibile sostituire «%1»: non può essere rinominato</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Impossibile rinominare «%1» in «%2»</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth::ParcelWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: GDAL lacks the GPKG driver</source>
        <translation>Impossibile scrivere «%1»: in GDAL manca il driver GPKG</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>Impossibile creare «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: no transformation from EPSG:32633 to EPSG:%2</source>
        <translation>Impossibile scrivere «%1»: nessuna trasformazione da EPSG:32633 a EPSG:%2</translation>
    </message>
    <message>
        <source>Cannot create the layer parcels in &quot;%1&quot;: %2</source>
        <translation>Impossibile creare il layer parcels in «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot reproject parcel %1 for &quot;%2&quot;</source>
        <translation>Impossibile riproiettare la particella %1 per «%2»</translation>
    </message>
    <message>
        <source>Cannot write parcel %1 to &quot;%2&quot;: %3</source>
        <translation>Impossibile scrivere la particella %1 in «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth::SceneGenerator</name>
    <message>
        <source>&quot;%1&quot; already exists; choose another folder or allow overwriting (--force)</source>
        <translation>«%1» esiste già; scegli un’altra cartella o consenti la sovrascrittura (--force)</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella «%1»</translation>
    </message>
    <message>
        <source>Laying out fields</source>
        <translation>Disposizione dei campi</translation>
    </message>
    <message>
        <source>Rasterising the fields of %1</source>
        <translation>Rasterizzazione dei campi di %1</translation>
    </message>
    <message>
        <source>Writing %1 %2</source>
        <translation>Scrittura di %1 %2</translation>
    </message>
    <message>
        <source>Scene written to %1</source>
        <translation>Scena scritta in %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth::SceneJob</name>
    <message>
        <source>Generate the synthetic scene %1</source>
        <translation>Generazione della scena sintetica %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth::SceneOptions</name>
    <message>
        <source>Synthetic scene: --tiles must lie in 1…6, not %1</source>
        <translation>Scena sintetica: --tiles deve essere in 1…6, non %1</translation>
    </message>
    <message>
        <source>Synthetic scene: --size must be an even number of pixels in 16…10980, not %1</source>
        <translation>Scena sintetica: --size deve essere un numero pari di pixel in 16…10980, non %1</translation>
    </message>
    <message>
        <source>Synthetic scene: give at least one acquisition count per tile</source>
        <translation>Scena sintetica: indica almeno un numero di acquisizioni per tile</translation>
    </message>
    <message>
        <source>Synthetic scene: the period %1 … %2 is empty</source>
        <translation>Scena sintetica: il periodo %1 … %2 è vuoto</translation>
    </message>
    <message>
        <source>Synthetic scene: %1 acquisitions per tile do not fit in %2 days (one per day at most)</source>
        <translation>Scena sintetica: %1 acquisizioni per tile non entrano in %2 giorni (al massimo una al giorno)</translation>
    </message>
    <message>
        <source>Synthetic scene: --wrong must lie in 0…1, not %1</source>
        <translation>Scena sintetica: --wrong deve essere in 0…1, non %1</translation>
    </message>
    <message>
        <source>Synthetic scene: the background share must lie in 0…1, not %1</source>
        <translation>Scena sintetica: la quota di sfondo deve essere in 0…1, non %1</translation>
    </message>
    <message>
        <source>Synthetic scene: --field-size must be 0 (automatic) or 4…%1 pixels, not %2</source>
        <translation>Scena sintetica: --field-size deve essere 0 (automatico) o 4…%1 pixel, non %2</translation>
    </message>
    <message>
        <source>Synthetic scene: parcels can be written in EPSG:32633 or EPSG:31287, not EPSG:%1</source>
        <translation>Scena sintetica: le particelle possono essere scritte in EPSG:32633 o EPSG:31287, non in EPSG:%1</translation>
    </message>
    <message>
        <source>Synthetic scene: no output folder given</source>
        <translation>Scena sintetica: nessuna cartella di output indicata</translation>
    </message>
    <message>
        <source>Synthetic scene: --overlap must be an even number of pixels below half the tile side (%1), not %2</source>
        <translation>Scena sintetica: --overlap deve essere un numero pari di pixel sotto metà del lato del tile (%1), non %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic</name>
    <message>
        <source>%1: class %2 needs an id in 1…255, a name and a colour #rrggbb</source>
        <translation>%1: la classe %2 richiede un id in 1…255, un nome e un colore #rrggbb</translation>
    </message>
    <message>
        <source>%1: class id %2 appears twice</source>
        <translation>%1: l’id di classe %2 compare due volte</translation>
    </message>
    <message>
        <source>Rasterizing the parcels failed: %1</source>
        <translation>Rasterizzazione delle particelle non riuscita: %1</translation>
    </message>
    <message>
        <source>%1 and %2 have different class tables (ids, names or order): %3 / %4</source>
        <translation>%1 e %2 hanno tabelle delle classi diverse (id, nomi o ordine): %3 / %4</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; holds %3 features, not polygons: parcels must be polygons (or multipolygons)</source>
        <translation>Il layer «%1» di «%2» contiene elementi %3, non poligoni: le particelle devono essere poligoni (o multipoligoni)</translation>
    </message>
    <message>
        <source>Cannot rasterise the parcels: no in-memory raster of %1 × %2 pixels (%3)</source>
        <translation>Impossibile rasterizzare le particelle: nessun raster in memoria di %1 × %2 pixel (%3)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::CsvTable</name>
    <message>
        <source>Cannot read the table &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere la tabella «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::LegendAggregation</name>
    <message>
        <source>Legend: no class with id %1 for the value &quot;%2&quot;</source>
        <translation>Legenda: nessuna classe con id %1 per il valore «%2»</translation>
    </message>
    <message>
        <source>%1, line %2: a mapping row without a declared value</source>
        <translation>%1, riga %2: una riga di corrispondenza senza valore dichiarato</translation>
    </message>
    <message>
        <source>%1, line %2: the value &quot;%3&quot; appears twice in the mapping</source>
        <translation>%1, riga %2: il valore «%3» compare due volte nelle corrispondenze</translation>
    </message>
    <message>
        <source>Cannot read the legend &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere la legenda «%1»: %2</translation>
    </message>
    <message>
        <source>%1: the legend has no &quot;mapping&quot; array</source>
        <translation>%1: la legenda non ha un array «mapping»</translation>
    </message>
    <message>
        <source>%1, line %2: a mapping row needs {&quot;value&quot;: …, &quot;class&quot;: name, id or null}</source>
        <translation>%1, riga %2: una riga di corrispondenza richiede {&quot;value&quot;: …, &quot;class&quot;: nome, id o null}</translation>
    </message>
    <message>
        <source>%1, line %2: unknown class &quot;%3&quot; (classes: %4)</source>
        <translation>%1, riga %2: classe sconosciuta «%3» (classi: %4)</translation>
    </message>
    <message>
        <source>%1, line %2: unknown class id %3</source>
        <translation>%1, riga %2: id di classe sconosciuto %3</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;class&quot; must be a class name, an id or null</source>
        <translation>%1, riga %2: «class» deve essere un nome di classe, un id o null</translation>
    </message>
    <message>
        <source>%1, line %2: a class row needs id,name,colour</source>
        <translation>%1, riga %2: una riga di classe richiede id,name,colour</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, riga %2</translation>
    </message>
    <message>
        <source>%1, line %2: a mapping row needs exactly two fields, value,class (found %3)</source>
        <translation>%1, riga %2: una riga di corrispondenza richiede esattamente due campi, value,class (trovati %3)</translation>
    </message>
    <message>
        <source>%1: no &quot;value,class&quot; section</source>
        <translation>%1: nessuna sezione «value,class»</translation>
    </message>
    <message>
        <source>%1, line %2: unknown class &quot;%3&quot;</source>
        <translation>%1, riga %2: classe sconosciuta «%3»</translation>
    </message>
    <message>
        <source>No legend &quot;%1&quot;: neither a file nor one of %2</source>
        <translation>Nessuna legenda «%1»: né un file né una tra %2</translation>
    </message>
    <message>
        <source>%1: not a legend JSON object (expected {&quot;field&quot;, &quot;classes&quot;, &quot;mapping&quot;})</source>
        <translation>%1: non è un oggetto JSON di legenda (atteso {&quot;field&quot;, &quot;classes&quot;, &quot;mapping&quot;})</translation>
    </message>
    <message>
        <source>%1, line %2: expected a header row &quot;value,class&quot; (or &quot;field,NAME&quot; / &quot;id,name,colour&quot;) first; found &quot;%3&quot; (fields are separated by &apos;,&apos;, &apos;;&apos; or a tab)</source>
        <translation>%1, riga %2: prima è attesa una riga di intestazione «value,class» (o «field,NAME» / «id,name,colour»); trovato «%3» (i campi sono separati da &apos;,&apos;, &apos;;&apos; o una tabulazione)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::LegendProposer</name>
    <message>
        <source>The taxonomy &quot;%1&quot; is empty</source>
        <translation>La tassonomia «%1» è vuota</translation>
    </message>
    <message>
        <source>%1, line 1: a taxonomy needs the columns original_code, original_name and HCAT3_name (found: %2)</source>
        <translation>%1, riga 1: una tassonomia richiede le colonne original_code, original_name e HCAT3_name (trovate: %2)</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, the header has %4</source>
        <translation>%1, riga %2: %3 campi, l’intestazione ne ha %4</translation>
    </message>
    <message>
        <source>landscape element → ignore</source>
        <translation>elemento del paesaggio → ignore</translation>
    </message>
    <message>
        <source>not in the taxonomy → ignore</source>
        <translation>non nella tassonomia → ignore</translation>
    </message>
    <message>
        <source>no rule for %1 → ignore</source>
        <translation>nessuna regola per %1 → ignore</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::ParcelLayer</name>
    <message>
        <source>&quot;%1&quot; has no layer &quot;%2&quot;; its layers are: %3</source>
        <translation>«%1» non ha il layer «%2»; i suoi layer sono: %3</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; holds no parcels</source>
        <translation>Il layer «%1» di «%2» non contiene particelle</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; has no field &quot;%3&quot;; its fields are: %4</source>
        <translation>Il layer «%1» di «%2» non ha il campo «%3»; i suoi campi sono: %4</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; has no CRS, so it cannot be put onto the tile grid; assign one (e.g. with ogr2ogr -a_srs)</source>
        <translation>Il layer «%1» di «%2» non ha un CRS, quindi non può essere portato sulla griglia della tile; assegnagliene uno (ad es. con ogr2ogr -a_srs)</translation>
    </message>
    <message>
        <source>Cannot transform the parcels of &quot;%1&quot; to the tile CRS: %2</source>
        <translation>Impossibile trasformare le particelle di «%1» nel CRS della tile: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::RasterizeJob</name>
    <message>
        <source>Tile %1: %2 parcels on the tile (%3 outside, %4 repaired, %5 skipped as invalid), %6 ignored by the legend
</source>
        <translation>Tile %1: %2 particelle sulla tile (%3 fuori, %4 riparate, %5 saltate perché non valide), %6 ignorate dalla legenda
</translation>
    </message>
    <message>
        <source>  unknown value &quot;%1&quot;: %2 parcels, %3 ha (treated as ignore)
</source>
        <translation>  valore sconosciuto «%1»: %2 particelle, %3 ha (trattate come ignore)
</translation>
    </message>
    <message>
        <source>  %1 %2 %3
</source>
        <translation>  %1 %2 %3
</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>before</source>
        <translation>prima</translation>
    </message>
    <message>
        <source>eroded</source>
        <translation>erosi</translation>
    </message>
    <message>
        <source>  excluded: no pixel after erosion</source>
        <translation>  esclusa: nessun pixel dopo l’erosione</translation>
    </message>
    <message>
        <source>  %1 classes of the legend have no pixel on this tile
</source>
        <translation>  %1 classi della legenda non hanno pixel su questa tile
</translation>
    </message>
    <message>
        <source>Rasterize parcels of tile %1</source>
        <translation>Rasterizzazione delle particelle della tile %1</translation>
    </message>
    <message>
        <source>Rasterize: a tile id is needed</source>
        <translation>Rasterizzazione: serve un id di tile</translation>
    </message>
    <message>
        <source>Rasterize: the erosion radius must be ≥ 0 (got %1)</source>
        <translation>Rasterizzazione: il raggio di erosione deve essere ≥ 0 (ricevuto %1)</translation>
    </message>
    <message>
        <source>Cannot create the output folder &quot;%1&quot;</source>
        <translation>Impossibile creare la cartella di output «%1»</translation>
    </message>
    <message>
        <source>Rasterize: neither --field nor the legend &quot;%1&quot; names the attribute</source>
        <translation>Rasterizzazione: né --field né la legenda «%1» indicano l’attributo</translation>
    </message>
    <message>
        <source>Reading parcels</source>
        <translation>Lettura delle particelle</translation>
    </message>
    <message>
        <source>None of the %1 parcels of &quot;%2&quot; lies on the grid of tile %3 (%4, &quot;%5&quot;); check the tile and the parcels&apos; CRS</source>
        <translation>Nessuna delle %1 particelle di «%2» si trova sulla griglia della tile %3 (%4, «%5»); controlla la tile e il CRS delle particelle</translation>
    </message>
    <message>
        <source>Declared value &quot;%1&quot; is not in the legend: %2 parcels, %3 ha treated as ignore</source>
        <translation>Il valore dichiarato «%1» non è nella legenda: %2 particelle, %3 ha trattati come ignore</translation>
    </message>
    <message>
        <source>Rasterizing and eroding</source>
        <translation>Rasterizzazione ed erosione</translation>
    </message>
    <message>
        <source>Writing rasters</source>
        <translation>Scrittura dei raster</translation>
    </message>
    <message>
        <source>Class %1 &quot;%2&quot; has no pixel after erosion (%3 before): excluded</source>
        <translation>La classe %1 «%2» non ha pixel dopo l’erosione (%3 prima): esclusa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>  %1 parcels without a declared value (NULL or empty): not rasterized, so they never cover another parcel
</source>
        <translation>  %1 particelle senza valore dichiarato (NULL o vuoto): non rasterizzate, così non coprono mai un’altra particella
</translation>
    </message>
    <message>
        <source>  %1 point or line features: not parcels, not rasterized
</source>
        <translation>  %1 elementi puntuali o lineari: non sono particelle, non rasterizzati
</translation>
    </message>
    <message>
        <source>  %1 pixels (%2 ha) lie in two or more parcels: the parcel read last (highest feature order) keeps them
</source>
        <translation>  %1 pixel (%2 ha) cadono in due o più particelle: li mantiene la particella letta per ultima (ordine degli elementi più alto)
</translation>
    </message>
    <message>
        <source>Rasterize</source>
        <translation>Rasterizzazione</translation>
    </message>
    <message>
        <source>%1 pixels (%2 ha) of tile %3 lie in two or more parcels: the parcel read last (highest feature order) keeps them</source>
        <translation>%1 pixel (%2 ha) della tile %3 cadono in due o più particelle: li mantiene la particella letta per ultima (ordine degli elementi più alto)</translation>
    </message>
    <message>
        <source>%1 parcels of &quot;%2&quot; have no declared value (NULL or empty): they are not rasterized</source>
        <translation>%1 particelle di «%2» non hanno un valore dichiarato (NULL o vuoto): non vengono rasterizzate</translation>
    </message>
</context>
<context>
    <name>cropmap::ui</name>
    <message>
        <source>Cannot open project &quot;%1&quot;: %2</source>
        <translation>Impossibile aprire il progetto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot;: layer &quot;%2&quot; has unknown type &quot;%3&quot;</source>
        <translation>Progetto &quot;%1&quot;: il layer &quot;%2&quot; ha il tipo sconosciuto &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Cannot transform between %1 and %2: %3</source>
        <translation>Impossibile trasformare tra %1 e %2: %3</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Banda %1</translation>
    </message>
    <message>
        <source>Cannot read raster &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere il raster &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot reproject raster &quot;%1&quot;: %2</source>
        <translation>Impossibile riproiettare il raster &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Raster &quot;%1&quot; has no band %2</source>
        <translation>Il raster &quot;%1&quot; non ha la banda %2</translation>
    </message>
    <message>
        <source>Vector &quot;%1&quot; has no geometry to draw</source>
        <translation>Il vettore &quot;%1&quot; non ha geometrie da disegnare</translation>
    </message>
    <message>
        <source>Cannot reproject feature %1 of &quot;%2&quot;</source>
        <translation>Impossibile riproiettare l&apos;elemento %1 di &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot write the selected pixels to &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere i pixel selezionati in &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>not in the sample pool</source>
        <translation>non nel pool dei campioni</translation>
    </message>
    <message>
        <source>kept (reliable)</source>
        <translation>mantenuto (affidabile)</translation>
    </message>
    <message>
        <source>dropped: the weak model predicts another class</source>
        <translation>scartato: il modello debole predice un’altra classe</translation>
    </message>
    <message>
        <source>dropped: low confidence</source>
        <translation>scartato: bassa confidenza</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is not a JSON object</source>
        <translation>Il progetto «%1» non è un oggetto JSON</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… altri %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Immagine PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the map to &quot;%1&quot;: the name must end in .png or .pdf</source>
        <translation>Impossibile esportare la mappa in «%1»: il nome deve terminare con .png o .pdf</translation>
    </message>
    <message>
        <source>Cannot write the map to &quot;%1&quot;</source>
        <translation>Impossibile scrivere la mappa in «%1»</translation>
    </message>
    <message>
        <source>True colour (B04/B03/B02)</source>
        <translation>Colori reali (B04/B03/B02)</translation>
    </message>
    <message>
        <source>False colour (B08/B04/B03)</source>
        <translation>Falsi colori (B08/B04/B03)</translation>
    </message>
    <message>
        <source>SWIR (B12/B8A/B04)</source>
        <translation>SWIR (B12/B8A/B04)</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ClassAccuracyChart</name>
    <message>
        <source>PA / UA / F1</source>
        <translation>PA / UA / F1</translation>
    </message>
    <message>
        <source>PA (producer&apos;s accuracy)</source>
        <translation>PA (accuratezza del produttore)</translation>
    </message>
    <message>
        <source>UA (user&apos;s accuracy)</source>
        <translation>UA (accuratezza dell’utente)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>No accuracy report yet: run the Evaluate step.</source>
        <translation>Ancora nessun rapporto di accuratezza: esegui la fase di valutazione.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::DeclaredValueModel</name>
    <message>
        <source>unknown (ignored)</source>
        <translation>sconosciuto (ignorato)</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignora</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valore dichiarato</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Particelle</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Target class</source>
        <translation>Classe di destinazione</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ExperimentColumnReport</name>
    <message>
        <source>%1 has no %2 model</source>
        <translation>%1 non ha un modello «%2»</translation>
    </message>
    <message>
        <source>%1 was computed before experiment columns stored their confusion matrices. Run the experiment again: it adds them from the saved models without training again.</source>
        <translation>%1 è stato calcolato prima che le colonne degli esperimenti salvassero le loro matrici di confusione. Esegui di nuovo l’esperimento: le aggiunge dai modelli salvati senza riaddestrare.</translation>
    </message>
    <message>
        <source>%1 has no confusion matrix against the %2</source>
        <translation>%1 non ha una matrice di confusione rispetto a %2</translation>
    </message>
    <message>
        <source>synthetic truth</source>
        <translation>verità sintetica</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>dichiarazioni</translation>
    </message>
    <message>
        <source>%1: the confusion matrix has %2 classes but the class table %3</source>
        <translation>%1: la matrice di confusione ha %2 classi ma la tabella delle classi %3</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ExperimentsPanel</name>
    <message>
        <source>No method project: open one with Project ▸ Open project…</source>
        <translation>Nessun progetto del metodo: aprirne uno con Progetto ▸ Apri progetto…</translation>
    </message>
    <message>
        <source>Table 1: whole series vs composites, local vs all tiles</source>
        <translation>Tabella 1: serie intera contro compositi, locale contro tutte le tile</translation>
    </message>
    <message>
        <source>Table 2: LSTM against other networks and the random forest</source>
        <translation>Tabella 2: LSTM contro altre reti e la random forest</translation>
    </message>
    <message>
        <source>Table 3: reliable-sample rules</source>
        <translation>Tabella 3: regole dei campioni affidabili</translation>
    </message>
    <message>
        <source>Runs with seeds project seed, +1, …: the table shows mean ± standard deviation</source>
        <translation>Esecuzioni con i seed seed del progetto, +1, …: la tabella mostra media ± deviazione standard</translation>
    </message>
    <message>
        <source>The columns to compute; a column already computed with the same options is reused</source>
        <translation>Le colonne da calcolare; una colonna già calcolata con le stesse opzioni viene riutilizzata</translation>
    </message>
    <message>
        <source>Run experiment</source>
        <translation>Esegui l&apos;esperimento</translation>
    </message>
    <message>
        <source>Double-click a column to locate its model and scores</source>
        <translation>Doppio clic su una colonna per trovarne il modello e i punteggi</translation>
    </message>
    <message>
        <source>F1 (%)</source>
        <translation>F1 (%)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Target tile</source>
        <translation>Tile obiettivo</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>%1 — output in %2</source>
        <translation>%1 — output in %2</translation>
    </message>
    <message>
        <source>Most acquisitions</source>
        <translation>Più acquisizioni</translation>
    </message>
    <message>
        <source>Choose at least one column</source>
        <translation>Scegliere almeno una colonna</translation>
    </message>
    <message>
        <source>Cannot start the experiment</source>
        <translation>Impossibile avviare l&apos;esperimento</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Avvio di %1…</translation>
    </message>
    <message>
        <source>Canceled after %1; the finished columns are kept and reused</source>
        <translation>Annullato dopo %1; le colonne terminate sono conservate e riutilizzate</translation>
    </message>
    <message>
        <source>The experiment failed</source>
        <translation>L&apos;esperimento non è riuscito</translation>
    </message>
    <message>
        <source>Cannot show the experiment</source>
        <translation>Impossibile mostrare l&apos;esperimento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an experiment table: %2</source>
        <translation>«%1» non è una tabella di esperimento: %2</translation>
    </message>
    <message>
        <source>Synthetic truth</source>
        <translation>Verità sintetica</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Dichiarazioni</translation>
    </message>
    <message>
        <source>Final model</source>
        <translation>Modello finale</translation>
    </message>
    <message>
        <source>Weak model</source>
        <translation>Modello debole</translation>
    </message>
    <message>
        <source>No experiment computed for this table yet.</source>
        <translation>Nessun esperimento ancora calcolato per questa tabella.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on target tile %2: %L3 test pixels, %n repeat(s)</source>
        <translation>
            <numerusform>%1 sulla tile obiettivo %2: %L3 pixel di test, %n ripetizione</numerusform>
            <numerusform>%1 sulla tile obiettivo %2: %L3 pixel di test, %n ripetizioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall accuracy (%)</source>
        <translation>Accuratezza complessiva (%)</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Macro F1 (%)</source>
        <translation>F1 macro (%)</translation>
    </message>
    <message>
        <source>Minimum F1 (%)</source>
        <translation>F1 minimo (%)</translation>
    </message>
    <message>
        <source>Training (s)</source>
        <translation>Addestramento (s)</translation>
    </message>
    <message>
        <source>F1 %1 (%)</source>
        <translation>F1 %1 (%)</translation>
    </message>
    <message>
        <source>PA %1 %, UA %2 %</source>
        <translation>PA %1 %, UA %2 %</translation>
    </message>
    <message>
        <source>%1: model %2, scores %3</source>
        <translation>%1: modello %2, punteggi %3</translation>
    </message>
    <message>
        <source>%1: the model %2 is missing (delete %3 to train it again)</source>
        <translation>%1: il modello %2 manca (eliminare %3 per addestrarlo di nuovo)</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Registro di esecuzione</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>%1, weak model</source>
        <translation>%1, modello debole</translation>
    </message>
    <message>
        <source>%1, final model</source>
        <translation>%1, modello finale</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot show the column&apos;s results</source>
        <translation>Impossibile mostrare i risultati della colonna</translation>
    </message>
    <message>
        <source>no &quot;columns&quot; list</source>
        <translation>nessun elenco «columns»</translation>
    </message>
    <message>
        <source>All tiles (tables 2 and 3)</source>
        <translation>Tutte le tessere (tabelle 2 e 3)</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Esporta il grafico…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Esporta la tabella come CSV…</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::FileRelocator</name>
    <message>
        <source>File not found</source>
        <translation>File non trovato</translation>
    </message>
    <message>
        <source>The project names &quot;%1&quot;, which is not there any more. Locate the folder that holds it now?</source>
        <translation>Il progetto nomina «%1», che non si trova più lì. Cercare la cartella che ora lo contiene?</translation>
    </message>
    <message>
        <source>Folder holding %1</source>
        <translation>Cartella con %1</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::GridSearchTable</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasso di apprendimento</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>dimensione del batch</translation>
    </message>
    <message>
        <source>val. OA</source>
        <translation>OA val.</translation>
    </message>
    <message>
        <source>val. macro F1</source>
        <translation>F1 macro val.</translation>
    </message>
    <message>
        <source>val. loss</source>
        <translation>perdita val.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>mantenuto</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>non ancora addestrato</translation>
    </message>
    <message>
        <source>best</source>
        <translation>migliore</translation>
    </message>
    <message>
        <source>No grid search for this model (set &quot;grid&quot; in the train options to run one).</source>
        <translation>Nessuna ricerca a griglia per questo modello (imposta «grid» nelle opzioni di addestramento per eseguirne una).</translation>
    </message>
    <message numerus="yes">
        <source>Grid search: %n point(s), none finished yet.</source>
        <translation>
            <numerusform>Ricerca a griglia: %n punto, nessuno ancora terminato.</numerusform>
            <numerusform>Ricerca a griglia: %n punti, nessuno ancora terminato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grid search: %n point(s); the kept one (best validation macro F1) is in bold.</source>
        <translation>
            <numerusform>Ricerca a griglia: %n punto; quello mantenuto (miglior F1 macro di validazione) è in grassetto.</numerusform>
            <numerusform>Ricerca a griglia: %n punti; quello mantenuto (miglior F1 macro di validazione) è in grassetto.</numerusform>
        </translation>
    </message>
    <message>
        <source>checks</source>
        <translation>controlli</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::IdentifyPanel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Band or index to plot</source>
        <translation>Banda o indice da rappresentare</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Pixel (%1, %2) of %3</source>
        <translation>Pixel (%1, %2) di %3</translation>
    </message>
    <message>
        <source>Nothing here in any layer.</source>
        <translation>Nessun livello contiene qualcosa qui.</translation>
    </message>
    <message>
        <source>No field here.</source>
        <translation>Nessun appezzamento qui.</translation>
    </message>
    <message>
        <source>Field of %1, outlined on the map.</source>
        <translation>Appezzamento di %1, evidenziato sulla mappa.</translation>
    </message>
    <message>
        <source>Choose the Identify tool (I) and click on the map: every layer under the point answers, whichever is selected.</source>
        <translation>Scegli lo strumento Identifica (I) e fai clic sulla mappa: risponde ogni livello sotto il punto, qualunque sia selezionato.</translation>
    </message>
    <message>
        <source>Click on the map with the Identify tool
to plot the pixel&apos;s months.</source>
        <translation>Fai clic sulla mappa con lo strumento Identifica
per tracciare i mesi del pixel.</translation>
    </message>
    <message>
        <source>No monthly composite under this point:
click inside a tile.</source>
        <translation>Nessun composito mensile sotto questo punto:
fai clic dentro una tessera.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::JobProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Finished in %1</source>
        <translation>Terminato in %1</translation>
    </message>
    <message>
        <source>Canceled after %1</source>
        <translation>Annullato dopo %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Trascorso %1</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, circa %1 rimanenti</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::LegendDocument</name>
    <message>
        <source>ignore</source>
        <translation>ignora</translation>
    </message>
    <message>
        <source>Assign &quot;%1&quot; to %2</source>
        <translation>Assegna &quot;%1&quot; a %2</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n values to %1</source>
        <translation>
            <numerusform>Assegna %n valore a %1</numerusform>
            <numerusform>Assegna %n valori a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A class needs a name</source>
        <translation>Una classe ha bisogno di un nome</translation>
    </message>
    <message>
        <source>There is already a class named &quot;%1&quot;</source>
        <translation>Esiste già una classe di nome &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A legend holds at most 255 classes</source>
        <translation>Una legenda contiene al massimo 255 classi</translation>
    </message>
    <message>
        <source>Add class &quot;%1&quot;</source>
        <translation>Aggiungi la classe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename class &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Rinomina la classe &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Change the colour of &quot;%1&quot;</source>
        <translation>Cambia il colore di &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Select at least two classes to merge</source>
        <translation>Seleziona almeno due classi da unire</translation>
    </message>
    <message>
        <source>Merge %1 into &quot;%2&quot;</source>
        <translation>Unisci %1 in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Delete class &quot;%1&quot;</source>
        <translation>Elimina la classe &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::LegendEditor</name>
    <message>
        <source>Legend editor</source>
        <translation>Editor della legenda</translation>
    </message>
    <message>
        <source>The attribute of the parcels that holds the declared crop</source>
        <translation>L&apos;attributo delle particelle con la coltura dichiarata</translation>
    </message>
    <message>
        <source>Filter values and classes…</source>
        <translation>Filtra valori e classi…</translation>
    </message>
    <message>
        <source>Assign to selection</source>
        <translation>Assegna alla selezione</translation>
    </message>
    <message>
        <source>Map every selected declared value to this class</source>
        <translation>Assegna a questa classe ogni valore dichiarato selezionato</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Selected values →</source>
        <translation>Valori selezionati →</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>Aggiungi classe…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Merge the selected classes into the first of them</source>
        <translation>Unisci le classi selezionate nella prima di esse</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected classes; their values become &quot;ignore&quot;</source>
        <translation>Elimina le classi selezionate; i loro valori diventano &quot;ignora&quot;</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignora</translation>
    </message>
    <message>
        <source>Cannot read the declared values</source>
        <translation>Impossibile leggere i valori dichiarati</translation>
    </message>
    <message>
        <source>Cannot open the legend</source>
        <translation>Impossibile aprire la legenda</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
    <message>
        <source>Cannot import the legend</source>
        <translation>Impossibile importare la legenda</translation>
    </message>
    <message>
        <source>Cannot export the legend</source>
        <translation>Impossibile esportare la legenda</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n classes</source>
        <translation>
            <numerusform>Elimina %n classe</numerusform>
            <numerusform>Elimina %n classi</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Aggiungi classe</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>Nome della nuova classe:</translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation>Colore della classe</translation>
    </message>
    <message>
        <source>Import legend</source>
        <translation>Importa legenda</translation>
    </message>
    <message>
        <source>Legends (*.json *.csv)</source>
        <translation>Legende (*.json *.csv)</translation>
    </message>
    <message>
        <source>Export legend</source>
        <translation>Esporta legenda</translation>
    </message>
    <message>
        <source>Legend JSON (*.json);;Legend CSV (*.csv)</source>
        <translation>Legenda JSON (*.json);;Legenda CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Write the legend back to its file</source>
        <translation>Riscrivi la legenda nel suo file</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::MainWindow</name>
    <message>
        <source>cropmap</source>
        <translation>cropmap</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifica</translation>
    </message>
    <message>
        <source>Legend editor</source>
        <translation>Editor della legenda</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Progetto</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nuovo progetto</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <source>cropmap projects (*.json)</source>
        <translation>Progetti cropmap (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Salva progetto</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Salva progetto &amp;come…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <source>Add &amp;raster…</source>
        <translation>Aggiungi &amp;raster…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add &amp;parcels…</source>
        <translation>Aggiungi &amp;particelle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Re&amp;move layer</source>
        <translation>Ri&amp;muovi layer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Zoom sul &amp;layer</translation>
    </message>
    <message>
        <source>&amp;Full extent</source>
        <translation>Estensione &amp;completa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Sposta</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Identifica</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About cropmap</source>
        <translation>&amp;Informazioni su cropmap</translation>
    </message>
    <message>
        <source>About cropmap</source>
        <translation>Informazioni su cropmap</translation>
    </message>
    <message>
        <source>&lt;b&gt;cropmap&lt;/b&gt; %1&lt;br&gt;Crop-type maps from Sentinel-2 time series and farmers&apos; declarations.</source>
        <translation>&lt;b&gt;cropmap&lt;/b&gt; %1&lt;br&gt;Mappe delle colture da serie temporali Sentinel-2 e dalle dichiarazioni degli agricoltori.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Map navigation</source>
        <translation>Navigazione della mappa</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>1:%L1</source>
        <translation>1:%L1</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>nessun SR</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossibile aprire il progetto</translation>
    </message>
    <message>
        <source>%1 — cropmap</source>
        <translation>%1 — cropmap</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Aperto %1</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossibile salvare il progetto</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Salva progetto</translation>
    </message>
    <message>
        <source>Cannot add raster</source>
        <translation>Impossibile aggiungere il raster</translation>
    </message>
    <message>
        <source>Cannot add parcels</source>
        <translation>Impossibile aggiungere le particelle</translation>
    </message>
    <message>
        <source>Add raster</source>
        <translation>Aggiungi raster</translation>
    </message>
    <message>
        <source>Add parcels</source>
        <translation>Aggiungi particelle</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.vrt);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.vrt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb);;All files (*)</source>
        <translation>Dati vettoriali (*.gpkg *.shp *.geojson *.json *.fgb);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot identify</source>
        <translation>Impossibile identificare</translation>
    </message>
    <message>
        <source>Cannot open the method project</source>
        <translation>Impossibile aprire il progetto del metodo</translation>
    </message>
    <message>
        <source>Opened the method project %1</source>
        <translation>Aperto il progetto del metodo %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Reliable samples</source>
        <translation>Campioni affidabili</translation>
    </message>
    <message>
        <source>No test pixel of %1 on the map</source>
        <translation>Nessun pixel di test &quot;%1&quot; sulla mappa</translation>
    </message>
    <message>
        <source>%1 (%L2 test px)</source>
        <translation>%1 (%L2 pixel di test)</translation>
    </message>
    <message>
        <source>Cannot show the selected pixels</source>
        <translation>Impossibile mostrare i pixel selezionati</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Esperimenti</translation>
    </message>
    <message>
        <source>%1: model %2, scores %3</source>
        <translation>%1: modello %2, punteggi %3</translation>
    </message>
    <message>
        <source>Built overviews of %1</source>
        <translation>Panoramiche di %1 create</translation>
    </message>
    <message>
        <source>No overviews for %1: %2</source>
        <translation>Nessuna panoramica per %1: %2</translation>
    </message>
    <message>
        <source>Building overviews of %1 in the background …</source>
        <translation>Creazione delle panoramiche di %1 in background …</translation>
    </message>
    <message>
        <source>Wrongly declared fields (%L1)</source>
        <translation>Campi dichiarati in modo errato (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>%n wrongly declared field(s) outlined in magenta</source>
        <translation>
            <numerusform>%n campo dichiarato in modo errato contornato in magenta</numerusform>
            <numerusform>%n campi dichiarati in modo errato contornati in magenta</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the wrongly declared fields</source>
        <translation>Impossibile mostrare i campi dichiarati in modo errato</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Particelle</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mappa</translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation>&amp;Esporta la mappa…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Show &amp;legend</source>
        <translation>Mostra la &amp;legenda</translation>
    </message>
    <message>
        <source>Show &amp;scale bar</source>
        <translation>Mostra la barra di &amp;scala</translation>
    </message>
    <message>
        <source>Cannot show the sampling plan</source>
        <translation>Impossibile mostrare il piano di campionamento</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::MapIdentifier</name>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>column %1, row %2</source>
        <translation>colonna %1, riga %2</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Mese mostrato</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valore dichiarato</translation>
    </message>
    <message>
        <source>Declared class</source>
        <translation>Classe dichiarata</translation>
    </message>
    <message>
        <source>ignored by the legend</source>
        <translation>ignorato dalla legenda</translation>
    </message>
    <message>
        <source>not in the legend</source>
        <translation>non nella legenda</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>senza nome</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Posterior</source>
        <translation>Probabilità a posteriori</translation>
    </message>
    <message>
        <source>Reliable sample</source>
        <translation>Campione affidabile</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::MonthSlider</name>
    <message>
        <source>Month:</source>
        <translation>Mese:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Month shown on every composite of the map</source>
        <translation>Mese mostrato su tutti i compositi della mappa</translation>
    </message>
    <message>
        <source>Band combination of every composite</source>
        <translation>Combinazione di bande di tutti i compositi</translation>
    </message>
    <message>
        <source>Bands:</source>
        <translation>Bande:</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::OpacityControl</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacità del livello selezionato</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacità:</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::OverviewBuilder</name>
    <message>
        <source>canceled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ParcelSeriesPlot</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Select a parcel to plot its months.</source>
        <translation>Seleziona una particella per tracciarne i mesi.</translation>
    </message>
    <message>
        <source>%1: 10–90 %</source>
        <translation>%1: 10–90 %</translation>
    </message>
    <message>
        <source>%1: median of %L2 samples</source>
        <translation>%1: mediana di %L2 campioni</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ParcelTableModel</name>
    <message>
        <source>agrees</source>
        <translation>concorda</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>dubbia</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>discorda</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>troppo piccola</translation>
    </message>
    <message>
        <source>declaration confirmed</source>
        <translation>dichiarazione confermata</translation>
    </message>
    <message>
        <source>map confirmed</source>
        <translation>mappa confermata</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incerto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, trained</source>
        <translation>%1, addestrata</translation>
    </message>
    <message>
        <source>Parcel %1 (declared &quot;%2&quot;, tile %3): %L4 of %L5 eroded pixels mapped</source>
        <translation>Particella %1 (dichiarata «%2», tassello %3): %L4 di %L5 pixel erosi mappati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Declared class</source>
        <translation>Classe dichiarata</translation>
    </message>
    <message>
        <source>Map proposes</source>
        <translation>La mappa propone</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Posterior</source>
        <translation>Probabilità a posteriori</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Insieme</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Parcel key</source>
        <translation>Chiave della particella</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ParcelsPanel</name>
    <message>
        <source>Filter: class, key, note…</source>
        <translation>Filtro: classe, chiave, nota…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Doubtful and disagreeing</source>
        <translation>Dubbie e discordanti</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Open a method project to check its declarations parcel by parcel.</source>
        <translation>Apri un progetto del metodo per controllarne le dichiarazioni particella per particella.</translation>
    </message>
    <message>
        <source>A parcel agrees from this share of its mapped pixels in the declared class</source>
        <translation>Una particella concorda da questa quota dei suoi pixel mappati nella classe dichiarata</translation>
    </message>
    <message>
        <source>A parcel disagrees under this share; between the two it is doubtful</source>
        <translation>Sotto questa quota una particella discorda; tra le due è dubbia</translation>
    </message>
    <message>
        <source>Parcels with fewer mapped pixels are too small to judge</source>
        <translation>Le particelle con meno pixel mappati sono troppo piccole per un giudizio</translation>
    </message>
    <message>
        <source>Agrees ≥</source>
        <translation>Concorda ≥</translation>
    </message>
    <message>
        <source>disagrees &lt;</source>
        <translation>discorda &lt;</translation>
    </message>
    <message>
        <source>min. pixels</source>
        <translation>pixel min.</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Nessun verdetto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Export verdicts</source>
        <translation>Esporta i verdetti</translation>
    </message>
    <message>
        <source>Write the verdicts and notes into the check&apos;s parcels.gpkg (fields verdict, note)</source>
        <translation>Scrivi i verdetti e le note nel parcels.gpkg del controllo (campi verdict, note)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Band or index to plot</source>
        <translation>Banda o indice da tracciare</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Cannot read the check settings</source>
        <translation>Impossibile leggere le impostazioni del controllo</translation>
    </message>
    <message>
        <source>Cannot save the verdicts and thresholds</source>
        <translation>Impossibile salvare i verdetti e le soglie</translation>
    </message>
    <message>
        <source>Cannot export the verdicts</source>
        <translation>Impossibile esportare i verdetti</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) written to %1 (fields verdict, note).</source>
        <translation>
            <numerusform>%n verdetto scritto in %1 (campi verdict, note).</numerusform>
            <numerusform>%n verdetti scritti in %1 (campi verdict, note).</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 agree · %L2 doubtful · %L3 disagree · %L4 too small</source>
        <translation>%L1 concordano · %L2 dubbie · %L3 discordano · %L4 troppo piccole</translation>
    </message>
    <message>
        <source>No declaration check in %1 yet: run the check step (Pipeline dock) or `cropmap check`.</source>
        <translation>Ancora nessun controllo delle dichiarazioni in %1: esegui la fase di controllo (pannello Pipeline) o `cropmap check`.</translation>
    </message>
    <message>
        <source>Parcels by check status</source>
        <translation>Particelle per stato del controllo</translation>
    </message>
    <message>
        <source>Cannot read the declaration check: %1</source>
        <translation>Impossibile leggere il controllo delle dichiarazioni: %1</translation>
    </message>
    <message>
        <source>%L1 checked parcels from %2. N / P step through the doubtful and disagreeing ones.</source>
        <translation>%L1 particelle controllate da %2. N / P scorrono quelle dubbie e discordanti.</translation>
    </message>
    <message>
        <source>Select a parcel.</source>
        <translation>Seleziona una particella.</translation>
    </message>
    <message>
        <source>Select a parcel to plot its months.</source>
        <translation>Seleziona una particella per tracciarne i mesi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: declared &quot;%3&quot; (%4); %5 of %L6 mapped pixels agree</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2: dichiarata «%3» (%4); %5 di %L6 pixel mappati concordano</translation>
    </message>
    <message>
        <source>; the map proposes %1 (%2)</source>
        <translation>; la mappa propone %1 (%2)</translation>
    </message>
    <message>
        <source>. &lt;i&gt;Its pixels trained the map&apos;s model: the agreement is optimistic.&lt;/i&gt;</source>
        <translation>. &lt;i&gt;I suoi pixel hanno addestrato il modello della mappa: l’accordo è ottimistico.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Cannot read the parcel&apos;s months:
%1</source>
        <translation>Impossibile leggere i mesi della particella:
%1</translation>
    </message>
    <message>
        <source>The parcel has no pixel in %1&apos;s parcel raster.</source>
        <translation>La particella non ha pixel nel raster delle particelle di %1.</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>dichiarata %1</translation>
    </message>
    <message>
        <source>map: %1</source>
        <translation>mappa: %1</translation>
    </message>
    <message numerus="yes">
        <source>this parcel (median of %n px)</source>
        <translation>
            <numerusform>questa particella (mediana di %n px)</numerusform>
            <numerusform>questa particella (mediana di %n px)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;No reliable samples (select/final_train.samples): no class envelopes.</source>
        <translation>&lt;br&gt;Nessun campione affidabile (select/final_train.samples): nessun inviluppo delle classi.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PipelinePanel</name>
    <message>
        <source>No method project: open one with Project ▸ Open project…</source>
        <translation>Nessun progetto del metodo: aprine uno con Progetto ▸ Apri progetto…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Run step</source>
        <translation>Esegui il passo</translation>
    </message>
    <message>
        <source>Run from here</source>
        <translation>Esegui da qui</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Esegui tutto</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Registro di esecuzione</translation>
    </message>
    <message>
        <source>Cannot open the method project</source>
        <translation>Impossibile aprire il progetto del metodo</translation>
    </message>
    <message>
        <source>%1 — output in %2</source>
        <translation>%1 — risultati in %2</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non eseguito</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>non aggiornato</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>The step failed</source>
        <translation>Il passo non è riuscito</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Forza</translation>
    </message>
    <message>
        <source>Run the chosen steps even when they are up to date</source>
        <translation>Esegui le fasi scelte anche quando sono aggiornate</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Esegui di nuovo</translation>
    </message>
    <message>
        <source>Run this step even if it is up to date</source>
        <translation>Esegui questa fase anche se è aggiornata</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verifica in corso…</translation>
    </message>
    <message>
        <source>reading the inputs to compare them with the last run</source>
        <translation>lettura degli input per confrontarli con l’ultima esecuzione</translation>
    </message>
    <message>
        <source>Cannot check the steps</source>
        <translation>Impossibile controllare le fasi</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PlotExport</name>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Documento PDF (*.pdf);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export the plot to &quot;%1&quot;: the name must end in .png, .pdf or .svg</source>
        <translation>Impossibile esportare il grafico in «%1»: il nome deve terminare con .png, .pdf o .svg</translation>
    </message>
    <message>
        <source>Cannot write the plot to &quot;%1&quot;</source>
        <translation>Impossibile scrivere il grafico in «%1»</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PoolJudgementJob</name>
    <message>
        <source>Judging the pool</source>
        <translation>Valutazione del pool</translation>
    </message>
    <message>
        <source>Loading the pool and the weak model…</source>
        <translation>Caricamento del pool e del modello debole…</translation>
    </message>
    <message>
        <source>The weak model &quot;%1&quot; knows %2 classes, the pool &quot;%3&quot; %4</source>
        <translation>Il modello debole «%1» conosce %2 classi, il pool «%3» %4</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PosteriorInspector</name>
    <message>
        <source>Judge the pool with the weak model</source>
        <translation>Valuta il pool con il modello debole</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the class&apos;s candidates dropped from the bottom of the posterior ranking (rule &quot;seed&quot;)</source>
        <translation>Quota dei candidati della classe scartata dal fondo della graduatoria a posteriori (regola &quot;seed&quot;)</translation>
    </message>
    <message>
        <source>posterior of the predicted (= declared) class</source>
        <translation>probabilità a posteriori della classe prevista (= dichiarata)</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidati</translation>
    </message>
    <message>
        <source>drop the lowest</source>
        <translation>scarta i più bassi</translation>
    </message>
    <message>
        <source>Cannot judge the pool</source>
        <translation>Impossibile valutare il pool</translation>
    </message>
    <message>
        <source>Judging the pool…</source>
        <translation>Valutazione del pool…</translation>
    </message>
    <message>
        <source>Judge the pool to see the posteriors of each class.</source>
        <translation>Valuta il pool per vedere le probabilità a posteriori di ogni classe.</translation>
    </message>
    <message>
        <source>Open a method project with a weak model first.</source>
        <translation>Apri prima un progetto del metodo con un modello debole.</translation>
    </message>
    <message>
        <source>Drag the red threshold line to change the share of candidates dropped</source>
        <translation>Trascina la linea rossa della soglia per cambiare la quota di candidati scartati</translation>
    </message>
    <message>
        <source>Highlight wrongly declared fields on the map</source>
        <translation>Evidenzia sulla mappa i campi dichiarati in modo errato</translation>
    </message>
    <message>
        <source>Synthetic scenes know which declarations are wrong: their fields get magenta outlines, so you see whether the dropped samples lie on them</source>
        <translation>Le scene sintetiche sanno quali dichiarazioni sono errate: i loro campi vengono contornati in magenta, così vedi se i campioni scartati vi cadono sopra</translation>
    </message>
    <message>
        <source>Cannot highlight the wrongly declared fields</source>
        <translation>Impossibile evidenziare i campi dichiarati in modo errato</translation>
    </message>
    <message>
        <source>Canceled after %1; the previous judgement is kept</source>
        <translation>Annullato dopo %1; la valutazione precedente resta</translation>
    </message>
    <message>
        <source>%1: %L2 candidates; dropping the lowest %L3 % of them by posterior (below %L4) keeps %L5 pixels.</source>
        <translation>%1: %L2 candidati; scartando il %L3 % più basso per probabilità a posteriori (sotto %L4) restano %L5 pixel.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 è %2.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>The language changes when cropmap is started again.</source>
        <translation>La lingua cambia al prossimo avvio di cropmap.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PriorChart</name>
    <message>
        <source>S: training samples over all classes</source>
        <translation>S: campioni di addestramento su tutte le classi</translation>
    </message>
    <message>
        <source>k_boost multiplies the priors of the least-present classes</source>
        <translation>k_boost moltiplica le probabilità a priori delle classi meno presenti</translation>
    </message>
    <message>
        <source>k_min is added to the shares of the least-present classes</source>
        <translation>k_min si somma alle quote delle classi meno presenti</translation>
    </message>
    <message>
        <source>τ is this percentile of the priors, in percent</source>
        <translation>τ è questo percentile delle probabilità a priori, in percentuale</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>k_boost</source>
        <translation>k_boost</translation>
    </message>
    <message>
        <source>k_min</source>
        <translation>k_min</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>percentile</translation>
    </message>
    <message>
        <source>prior p_u</source>
        <translation>probabilità a priori p_u</translation>
    </message>
    <message>
        <source>No class has parcels yet: assign declared values to classes.</source>
        <translation>Nessuna classe ha ancora particelle: assegna i valori dichiarati alle classi.</translation>
    </message>
    <message>
        <source>No target classes yet: open a project or load a legend.</source>
        <translation>Ancora nessuna classe obiettivo: apri un progetto o carica una legenda.</translation>
    </message>
    <message>
        <source>τ = %L1; %L2 of %L3 classes in the least-present group (hatched); %L4 samples planned.</source>
        <translation>τ = %L1; %L2 di %L3 classi nel gruppo meno presente (tratteggiato); %L4 campioni previsti.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ResultsView</name>
    <message>
        <source>No accuracy report yet: run the Evaluate step.</source>
        <translation>Ancora nessun rapporto di accuratezza: esegui il passo Valuta.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mappa</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>riferimento</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Reference px</source>
        <translation>Riferimento px</translation>
    </message>
    <message>
        <source>Map px</source>
        <translation>Mappa px</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Against the declarations</source>
        <translation>Rispetto alle dichiarazioni</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Rispetto a %1</translation>
    </message>
    <message>
        <source>Cannot read the report &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere il rapporto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot show the results</source>
        <translation>Impossibile mostrare i risultati</translation>
    </message>
    <message>
        <source>reference %1, map %2: %L3 px
%4 % of the reference row, %5 % of the map column</source>
        <translation>riferimento %1, mappa %2: %L3 px
%4 % della riga di riferimento, %5 % della colonna della mappa</translation>
    </message>
    <message>
        <source>%1 (%L2 test pixels): OA %3, kappa %4, macro F1 %5, min F1 %6 (%7)</source>
        <translation>%1 (%L2 pixel di test): OA %3, kappa %4, macro F1 %5, F1 minimo %6 (%7)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>
%1: OA %2, macro F1 %3</source>
        <translation>
%1: OA %2, macro F1 %3</translation>
    </message>
    <message>
        <source>Cannot select the pixels</source>
        <translation>Impossibile selezionare i pixel</translation>
    </message>
    <message>
        <source>
Click to show these pixels on the map.</source>
        <translation>
Fai clic per mostrare questi pixel sulla mappa.</translation>
    </message>
    <message>
        <source>%1 mapped as %2</source>
        <translation>%1 mappato come %2</translation>
    </message>
    <message>
        <source>Export matrix as CSV…</source>
        <translation>Esporta la matrice come CSV…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta il rapporto…</translation>
    </message>
    <message>
        <source>Save a copy of the evaluate step&apos;s HTML report</source>
        <translation>Salva una copia del rapporto HTML della fase di valutazione</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Pagina HTML (*.html)</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice di confusione</translation>
    </message>
    <message>
        <source>PA, UA, F1</source>
        <translation>PA, UA, F1</translation>
    </message>
    <message>
        <source>No accuracy report to export to &quot;%1&quot;</source>
        <translation>Nessun rapporto di accuratezza da esportare in «%1»</translation>
    </message>
    <message>
        <source>reference \ map</source>
        <translation>riferimento \ mappa</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Superfici</translation>
    </message>
    <message>
        <source>Mapped (%1)</source>
        <translation>Mappata (%1)</translation>
    </message>
    <message>
        <source>Estimated (%1), 95 %</source>
        <translation>Stimata (%1), 95 %</translation>
    </message>
    <message>
        <source>UA, 95 %</source>
        <translation>UA, 95 %</translation>
    </message>
    <message>
        <source>PA, 95 %</source>
        <translation>PA, 95 %</translation>
    </message>
    <message>
        <source>This report has no mapped areas (evaluate with the class maps).</source>
        <translation>Questo rapporto non ha superfici mappate (valutare con le mappe delle classi).</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Stratified estimates (Olofsson et al. 2014), overall accuracy %1. </source>
        <translation>Stime stratificate (Olofsson et al. 2014), accuratezza complessiva %1. </translation>
    </message>
    <message>
        <source>Standard errors at parcel level: %L1 test parcels, each one cluster.</source>
        <translation>Errori standard a livello di particella: %L1 particelle di test, ciascuna un cluster.</translation>
    </message>
    <message>
        <source>Standard errors at pixel level (pixels taken as independent: too narrow when the test pixels are whole parcels).</source>
        <translation>Errori standard a livello di pixel (pixel considerati indipendenti: troppo stretti quando i pixel di test sono particelle intere).</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::SelectionView</name>
    <message>
        <source>No selection yet: run the Select step.</source>
        <translation>Ancora nessuna selezione: esegui il passo Seleziona i campioni affidabili.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Declared px</source>
        <translation>Dichiarati px</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidati</translation>
    </message>
    <message>
        <source>r_u</source>
        <translation>r_u</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuti</translation>
    </message>
    <message>
        <source>Dropped (disagreeing)</source>
        <translation>Scartati (discordi)</translation>
    </message>
    <message>
        <source>Dropped (agreeing)</source>
        <translation>Scartati (concordi)</translation>
    </message>
    <message>
        <source>Wrongly declared</source>
        <translation>Dichiarati erroneamente</translation>
    </message>
    <message>
        <source>Of those removed</source>
        <translation>Di cui rimossi</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixel</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>mantenuti</translation>
    </message>
    <message>
        <source>dropped, prediction disagrees</source>
        <translation>scartati, la previsione non concorda</translation>
    </message>
    <message>
        <source>dropped, low confidence or bad parcel</source>
        <translation>scartati, bassa confidenza o particella inaffidabile</translation>
    </message>
    <message>
        <source>Cannot read the selection &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere la selezione &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot show the selection</source>
        <translation>Impossibile mostrare la selezione</translation>
    </message>
    <message>
        <source>%L1 of %L2 declared pixels kept as reliable.</source>
        <translation>%L1 di %L2 pixel dichiarati mantenuti come affidabili.</translation>
    </message>
    <message>
        <source> Cleaning against the synthetic truth: %L1 of %L2 wrongly declared pixels removed (recall %3), %4 of the removed were wrong (precision), %5 of the correct ones kept.</source>
        <translation> Pulizia rispetto alla verità sintetica: rimossi %L1 di %L2 pixel dichiarati erroneamente (richiamo %3), %4 dei rimossi erano errati (precisione), mantenuto il %5 di quelli corretti.</translation>
    </message>
    <message>
        <source>Declared pixels of the class in the train pool</source>
        <translation>Pixel dichiarati della classe nel pool di addestramento</translation>
    </message>
    <message>
        <source>Declared pixels the weak model also predicts as the class</source>
        <translation>Pixel dichiarati che anche il modello debole predice come questa classe</translation>
    </message>
    <message>
        <source>Disagreement rate: the share of declared pixels the weak model predicts otherwise</source>
        <translation>Tasso di disaccordo: la quota di pixel dichiarati che il modello debole predice diversamente</translation>
    </message>
    <message>
        <source>Pixels kept for retraining. A class kept whole (r_u below the adaptive floor, or rule none) keeps its disagreeing pixels too, so its kept count can exceed its candidates.</source>
        <translation>Pixel mantenuti per il riaddestramento. Una classe mantenuta per intero (r_u sotto la soglia adattiva, o regola none) mantiene anche i pixel in disaccordo, quindi i mantenuti possono superare i candidati.</translation>
    </message>
    <message>
        <source>Declared pixels dropped because the weak model predicts another class</source>
        <translation>Pixel dichiarati scartati perché il modello debole predice un’altra classe</translation>
    </message>
    <message>
        <source>Candidates dropped for low confidence or as part of a disagreeing parcel</source>
        <translation>Candidati scartati per bassa confidenza o come parte di una particella in disaccordo</translation>
    </message>
    <message>
        <source>Synthetic scenes: declared pixels whose true class differs</source>
        <translation>Scene sintetiche: pixel dichiarati la cui classe vera è diversa</translation>
    </message>
    <message>
        <source>Synthetic scenes: wrongly declared pixels the selection removed</source>
        <translation>Scene sintetiche: pixel dichiarati in modo errato rimossi dalla selezione</translation>
    </message>
    <message>
        <source>Kept whole: all %L1 declared pixels, disagreeing ones included</source>
        <translation>Mantenuta per intero: tutti i %L1 pixel dichiarati, compresi quelli in disaccordo</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why a class was kept whole</source>
        <translation>Perché una classe è stata mantenuta per intero</translation>
    </message>
    <message>
        <source>%1 (kept %L2 &gt; candidates %L3) is %4.</source>
        <translation>%1 (mantenuti %L2 &gt; candidati %L3) è %4.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::StepOptionsEditor</name>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <source>Value (empty: default)</source>
        <translation>Valore (vuoto: predefinito)</translation>
    </message>
    <message>
        <source>Invalid option</source>
        <translation>Opzione non valida</translation>
    </message>
    <message>
        <source>Filter options (say mix, rate or a value)</source>
        <translation>Filtra le opzioni (per esempio mix, rate o un valore)</translation>
    </message>
    <message>
        <source>Set in the project file</source>
        <translation>Impostata nel file di progetto</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::TableExport</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read the report &quot;%1&quot;: %2</source>
        <translation>Impossibile leggere il rapporto «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::TargetClassModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Particelle</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::TrainingMonitor</name>
    <message>
        <source>train loss</source>
        <translation>perdita di addestramento</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perdita di validazione</translation>
    </message>
    <message>
        <source>train OA</source>
        <translation>OA di addestramento</translation>
    </message>
    <message>
        <source>validation OA</source>
        <translation>OA di validazione</translation>
    </message>
    <message>
        <source>validation macro F1</source>
        <translation>macro F1 di validazione</translation>
    </message>
    <message>
        <source>Weak model (stage 1 and 2)</source>
        <translation>Modello debole (fase 1 e 2)</translation>
    </message>
    <message>
        <source>Final model (stage 1 and 2)</source>
        <translation>Modello finale (fase 1 e 2)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perdita</translation>
    </message>
    <message>
        <source>OA / macro F1</source>
        <translation>OA / macro F1</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Curve</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Ricerca a griglia</translation>
    </message>
    <message>
        <source>validation check (stage 1, then stage 2)</source>
        <translation>controllo di validazione (fase 1, poi fase 2)</translation>
    </message>
    <message>
        <source>No validation checks yet: run the Train step.</source>
        <translation>Ancora nessun controllo di validazione: esegui la fase di addestramento.</translation>
    </message>
    <message>
        <source>No validation checks yet</source>
        <translation>Ancora nessun controllo di validazione</translation>
    </message>
    <message numerus="yes">
        <source>%n validation checks; dotted: the kept check of each stage</source>
        <translation>
            <numerusform>%n controllo di validazione; punteggiato: il controllo mantenuto di ogni fase</numerusform>
            <numerusform>%n controlli di validazione; punteggiato: il controllo mantenuto di ogni fase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cropmap::ui::WrongDeclarations</name>
    <message>
        <source>&quot;%1&quot; has no attribute %2: only synthetic scenes know their wrong declarations</source>
        <translation>«%1» non ha l’attributo %2: solo le scene sintetiche conoscono le loro dichiarazioni errate</translation>
    </message>
    <message>
        <source>Cannot filter &quot;%1&quot;: %2</source>
        <translation>Impossibile filtrare «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write the wrongly declared parcels to &quot;%1&quot;: %2</source>
        <translation>Impossibile scrivere le parcelle dichiarate in modo errato in «%1»: %2</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>The declaration check needs %1 &quot;%2&quot;, which does not exist</source>
        <translation>Il controllo delle dichiarazioni richiede %1 «%2», che non esiste</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3) is not on the grid of the parcel raster (%4)</source>
        <translation>%1 «%2» (%3) non è sulla griglia del raster delle particelle (%4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cropmap desktop GIS: composites, parcels and crop maps.</source>
        <translation>GIS desktop cropmap: compositi, particelle e mappe delle colture.</translation>
    </message>
    <message>
        <source>A project (.json) or raster and vector files.</source>
        <translation>Un progetto (.json) o file raster e vettoriali.</translation>
    </message>
    <message>
        <source>Render the window into &lt;png&gt; and quit.</source>
        <translation>Disegna la finestra in &lt;png&gt; ed esci.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Dimensione della finestra per --screenshot.</translation>
    </message>
    <message>
        <source>Month step of the stack to show.</source>
        <translation>Mese della pila da mostrare.</translation>
    </message>
    <message>
        <source>View extent in map units.</source>
        <translation>Estensione della vista in unità di mappa.</translation>
    </message>
    <message>
        <source>Identify at a map point.</source>
        <translation>Identifica in un punto della mappa.</translation>
    </message>
    <message>
        <source>Show stacks in false colour (B08/B04/B03).</source>
        <translation>Mostra le pile in falso colore (B08/B04/B03).</translation>
    </message>
    <message>
        <source>Fill the parcels by this attribute.</source>
        <translation>Riempi le particelle secondo questo attributo.</translation>
    </message>
    <message>
        <source>Raise this dock (legendDock, pipelineDock, trainingDock, …).</source>
        <translation>Porta in primo piano questo pannello (legendDock, pipelineDock, trainingDock, …).</translation>
    </message>
    <message>
        <source>Hide the layers whose name contains this text.</source>
        <translation>Nascondi i layer il cui nome contiene questo testo.</translation>
    </message>
    <message>
        <source>Select this step in the Pipeline dock.</source>
        <translation>Seleziona questo passo nel pannello Pipeline.</translation>
    </message>
    <message>
        <source>Show the final model&apos;s training curves.</source>
        <translation>Mostra le curve di addestramento del modello finale.</translation>
    </message>
    <message>
        <source>Filter text of the legend editor.</source>
        <translation>Testo del filtro dell&apos;editor della legenda.</translation>
    </message>
    <message>
        <source>Show the layers whose name contains this text.</source>
        <translation>Mostra i layer il cui nome contiene questo testo.</translation>
    </message>
    <message>
        <source>Show the test pixels of this confusion-matrix cell (reference,map class indices).</source>
        <translation>Mostra i pixel di test di questa cella della matrice di confusione (indici di classe riferimento,mappa).</translation>
    </message>
    <message>
        <source>Judge the pool with the weak model and show this class&apos;s posteriors.</source>
        <translation>Valuta il pool con il modello debole e mostra le probabilità a posteriori di questa classe.</translation>
    </message>
    <message>
        <source>Show this table in the Experiments dock (table1, table2, table3).</source>
        <translation>Mostra questa tabella nel pannello Esperimenti (table1, table2, table3).</translation>
    </message>
    <message>
        <source>Outline the wrongly declared fields of a synthetic scene.</source>
        <translation>Contorna i campi dichiarati in modo errato di una scena sintetica.</translation>
    </message>
    <message>
        <source>Select the parcel with this key in the Parcels dock.</source>
        <translation>Seleziona la particella con questa chiave nel pannello Particelle.</translation>
    </message>
    <message>
        <source>Series the Parcels dock plots (NDVI or a band).</source>
        <translation>Serie tracciata dal pannello Particelle (NDVI o una banda).</translation>
    </message>
    <message>
        <source>With --screenshot: also export the map view (Map → Export) to this PNG or PDF.</source>
        <translation>Con --screenshot: esporta anche la vista della mappa (Mappa → Esporta) in questo PNG o PDF.</translation>
    </message>
    <message>
        <source>Show this tab of the Results dock (0 confusion matrix, 1 PA, UA, F1).</source>
        <translation>Mostra questa scheda del pannello Risultati (0 matrice di confusione, 1 PA, UA, F1).</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>&quot;%1&quot;, line %2: empty group</source>
        <translation>«%1», riga %2: gruppo vuoto</translation>
    </message>
</context>
</TS>
