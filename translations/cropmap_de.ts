<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>core::sampling</name>
    <message>
        <source>%1 takes auto, name or code, not &quot;%2&quot;</source>
        <translation>%1 erwartet auto, name oder code, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>core::thematic</name>
    <message>
        <source>Cannot open legend &quot;%1&quot;: %2</source>
        <translation>Die Legende „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds neither a class list nor a legend with &quot;classes&quot;</source>
        <translation>„%1“ enthält weder eine Klassenliste noch eine Legende mit „classes“</translation>
    </message>
    <message>
        <source>Legend &quot;%1&quot; has neither &quot;classes&quot; nor &quot;mapping&quot;</source>
        <translation>Die Legende „%1“ hat weder „classes“ noch „mapping“</translation>
    </message>
</context>
<context>
    <name>cropmap::app</name>
    <message>
        <source>Usage: cropmap &lt;command&gt; [options]

Crop-type maps from Sentinel-2 time series and farmers&apos; declarations.</source>
        <translation>Aufruf: cropmap &lt;Befehl&gt; [Optionen]

Kulturartenkarten aus Sentinel-2-Zeitreihen und den Flächenangaben der Landwirte.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;cropmap &lt;command&gt; --help&apos; for its options.</source>
        <translation>&apos;cropmap &lt;Befehl&gt; --help&apos; zeigt die Optionen des Befehls.</translation>
    </message>
    <message>
        <source>Run the whole method for a project file, skipping up-to-date steps</source>
        <translation>Die ganze Methode für eine Projektdatei ausführen, aktuelle Schritte überspringen</translation>
    </message>
    <message>
        <source>Rerun the seed&apos;s comparisons on a project: table1 (training area), table2 (LSTM vs baselines), table3 (cleaning rules)</source>
        <translation>Die Vergleiche der Ausgangsstudie auf einem Projekt wiederholen: table1 (Trainingsgebiet), table2 (LSTM gegen Baselines), table3 (Bereinigungsregeln)</translation>
    </message>
    <message>
        <source>List the tiles, grids, acquisitions per month and bands of a Sentinel-2 archive</source>
        <translation>Kacheln, Gitter, Aufnahmen je Monat und Bänder eines Sentinel-2-Archivs auflisten</translation>
    </message>
    <message>
        <source>Monthly cloud-free median composites per tile (COGs, valid counts, a VRT stack)</source>
        <translation>Wolkenfreie monatliche Median-Komposite je Kachel (COGs, Zahl gültiger Beobachtungen, ein VRT-Stapel)</translation>
    </message>
    <message>
        <source>Compare a class map with a reference raster and write the accuracy report (JSON, CSV, HTML)</source>
        <translation>Eine Klassenkarte mit einem Referenzraster vergleichen und den Genauigkeitsbericht schreiben (JSON, CSV, HTML)</translation>
    </message>
    <message>
        <source>Generate a deterministic synthetic study area (tiles, clouds, parcels, truth)</source>
        <translation>Ein deterministisches synthetisches Untersuchungsgebiet erzeugen (Kacheln, Wolken, Schläge, Wahrheit)</translation>
    </message>
    <message>
        <source>Legend aggregation tables: list declared values (init), draft from a crop taxonomy (propose), print (show)</source>
        <translation>Legendentabellen: deklarierte Werte auflisten (init), aus einer Kulturtaxonomie entwerfen (propose), ausgeben (show)</translation>
    </message>
    <message>
        <source>Rasterize declared parcels onto a tile grid and erode parcel borders</source>
        <translation>Deklarierte Schläge auf ein Kachelgitter rastern und Schlaggrenzen erodieren</translation>
    </message>
    <message>
        <source>Cut a tile into 10 × 10 patches assigned to train/validation/test</source>
        <translation>Eine Kachel in 10 × 10 Patches zerlegen und diese Training/Validierung/Test zuweisen</translation>
    </message>
    <message>
        <source>Draw the stratified weak training, validation and test sample sets</source>
        <translation>Die geschichteten schwachen Trainings-, Validierungs- und Teststichproben ziehen</translation>
    </message>
    <message>
        <source>Train a crop classifier (two stages, grid search, data-parallel)</source>
        <translation>Einen Kulturartenklassifikator trainieren (zwei Stufen, Rastersuche, datenparallel)</translation>
    </message>
    <message>
        <source>Print a model file&apos;s architecture, inputs, classes and training</source>
        <translation>Architektur, Eingaben, Klassen und Training einer Modelldatei ausgeben</translation>
    </message>
    <message>
        <source>Map whole tiles with a trained model: class and posterior maps</source>
        <translation>Ganze Kacheln mit einem trainierten Modell kartieren: Klassenkarten und A-posteriori-Karten</translation>
    </message>
    <message>
        <source>Export sample sets as CSV tables and import CSV tables (date- or band-major) as sample sets</source>
        <translation>Stichprobenmengen als CSV-Tabellen exportieren und CSV-Tabellen (datums- oder bandweise) als Stichprobenmengen importieren</translation>
    </message>
    <message>
        <source>Train the random-forest baseline and evaluate it on labelled samples</source>
        <translation>Die Random-Forest-Baseline trainieren und auf beschrifteten Stichproben bewerten</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>Comma-separated bands to look for (default: the 10 Sentinel-2 bands B02…B12)</source>
        <translation>Kommagetrennte Liste der zu suchenden Bänder (Vorgabe: die 10 Sentinel-2-Bänder B02…B12)</translation>
    </message>
    <message>
        <source>Mask band: SCL (default), the name of an external mask band such as CLM, or none</source>
        <translation>Maskenband: SCL (Vorgabe), der Name eines externen Maskenbands wie CLM, oder none</translation>
    </message>
    <message>
        <source>Only this tile (repeatable)</source>
        <translation>Nur diese Kachel (wiederholbar)</translation>
    </message>
    <message>
        <source>inspect needs exactly one archive folder</source>
        <translation>inspect braucht genau einen Archivordner</translation>
    </message>
    <message>
        <source>Sample set (.samples) to export</source>
        <translation>Zu exportierende Stichprobenmenge (.samples)</translation>
    </message>
    <message>
        <source>CSV file to write</source>
        <translation>Zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>Written value × scale = sample value (0.0001 writes reflectance × 10000; default 1)</source>
        <translation>Geschriebener Wert × Skala = Stichprobenwert (0.0001 schreibt Reflexion × 10000; Vorgabe 1)</translation>
    </message>
    <message>
        <source>Name of the parcel-id column (default parcel; &apos;none&apos; leaves it out)</source>
        <translation>Name der Spalte mit der Schlag-ID (Vorgabe parcel; &apos;none&apos; lässt sie weg)</translation>
    </message>
    <message>
        <source>Write no header row</source>
        <translation>Keine Kopfzeile schreiben</translation>
    </message>
    <message>
        <source>Write a sample set as a CSV table: label, parcel id and T × B values per row.</source>
        <translation>Eine Stichprobenmenge als CSV-Tabelle schreiben: Label, Schlag-ID und T × B Werte je Zeile.</translation>
    </message>
    <message>
        <source>samples export needs --samples and --out</source>
        <translation>samples export braucht --samples und --out</translation>
    </message>
    <message>
        <source>Wrote %1 samples (%2 steps × %3 bands) to %4</source>
        <translation>%1 Stichproben (%2 Zeitschritte × %3 Bänder) nach %4 geschrieben</translation>
    </message>
    <message>
        <source>canceled; no output was replaced</source>
        <translation>abgebrochen; keine Ausgabe wurde ersetzt</translation>
    </message>
    <message>
        <source>CSV sample table to read</source>
        <translation>Zu lesende CSV-Stichprobentabelle</translation>
    </message>
    <message>
        <source>Sample set (.samples) to write</source>
        <translation>Zu schreibende Stichprobenmenge (.samples)</translation>
    </message>
    <message>
        <source>Wrote %1 samples of %2 classes (%3 groups) to %4</source>
        <translation>%1 Stichproben aus %2 Klassen (%3 Gruppen) nach %4 geschrieben</translation>
    </message>
    <message>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>samples needs an action: export or import</source>
        <translation>samples braucht eine Aktion: export oder import</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; of %2 is not one of the random forest&apos;s classes (%3)</source>
        <translation>Die Klasse „%1“ von %2 ist keine der Klassen des Random Forest (%3)</translation>
    </message>
    <message>
        <source>%1 labelled samples: OA %2 %, macro F1 %3, min F1 %4</source>
        <translation>%1 beschriftete Stichproben: OA %2 %, Makro-F1 %3, min. F1 %4</translation>
    </message>
    <message>
        <source>Training sample set (.samples)</source>
        <translation>Trainingsstichprobenmenge (.samples)</translation>
    </message>
    <message>
        <source>Model file to write</source>
        <translation>Zu schreibende Modelldatei</translation>
    </message>
    <message>
        <source>Number of trees (default %1)</source>
        <translation>Anzahl der Bäume (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Maximum tree depth; 0: unlimited (default)</source>
        <translation>Maximale Baumtiefe; 0: unbegrenzt (Vorgabe)</translation>
    </message>
    <message>
        <source>Minimum samples per leaf (default %1)</source>
        <translation>Minimale Stichproben je Blatt (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Threads (default: every core)</source>
        <translation>Threads (Vorgabe: alle Kerne)</translation>
    </message>
    <message>
        <source>Random seed (default %1)</source>
        <translation>Zufalls-Seed (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Hold out this share of the parcels (groups) and report accuracy on them (default 0)</source>
        <translation>Diesen Anteil der Schläge (Gruppen) zurückhalten und die Genauigkeit auf ihnen berichten (Vorgabe 0)</translation>
    </message>
    <message>
        <source>Train the random-forest baseline on a sample set and save it as a model file.</source>
        <translation>Die Random-Forest-Baseline auf einer Stichprobenmenge trainieren und als Modelldatei speichern.</translation>
    </message>
    <message>
        <source>forest train needs --samples and --out</source>
        <translation>forest train braucht --samples und --out</translation>
    </message>
    <message>
        <source>Group-wise split: %1 samples in %2 groups for training, %3 samples in %4 groups for validation</source>
        <translation>Gruppenweise Aufteilung: %1 Stichproben in %2 Gruppen für das Training, %3 Stichproben in %4 Gruppen für die Validierung</translation>
    </message>
    <message>
        <source>Trained %1 trees on %2 samples in %3 s; wrote %4</source>
        <translation>%1 Bäume auf %2 Stichproben in %3 s trainiert; %4 geschrieben</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <source>Random forest model file</source>
        <translation>Random-Forest-Modelldatei</translation>
    </message>
    <message>
        <source>Labelled sample set (.samples)</source>
        <translation>Beschriftete Stichprobenmenge (.samples)</translation>
    </message>
    <message>
        <source>Classify a labelled sample set with a random forest and print OA and macro F1.</source>
        <translation>Eine beschriftete Stichprobenmenge mit einem Random Forest klassifizieren und OA und Makro-F1 ausgeben.</translation>
    </message>
    <message>
        <source>forest evaluate needs --model and --samples</source>
        <translation>forest evaluate braucht --model und --samples</translation>
    </message>
    <message>
        <source>Usage: cropmap forest train|evaluate [options]
  train     train the random-forest baseline on a sample set
  evaluate  print OA and macro F1 of a forest on labelled samples
Run `cropmap forest train --help` for the options.</source>
        <translation>Aufruf: cropmap forest train|evaluate [Optionen]
  train     die Random-Forest-Baseline auf einer Stichprobenmenge trainieren
  evaluate  OA und Makro-F1 eines Forests auf beschrifteten Stichproben ausgeben
Die Optionen zeigt `cropmap forest train --help`.</translation>
    </message>
    <message>
        <source>forest needs an action: train or evaluate</source>
        <translation>forest braucht eine Aktion: train oder evaluate</translation>
    </message>
    <message>
        <source>Sentinel-2 archive folder</source>
        <translation>Sentinel-2-Archivordner</translation>
    </message>
    <message>
        <source>Output folder; composites go to &lt;out&gt;/&lt;TILE&gt;/</source>
        <translation>Ausgabeordner; die Komposite kommen nach &lt;out&gt;/&lt;TILE&gt;/</translation>
    </message>
    <message>
        <source>Tile to composite (repeatable; default: every tile)</source>
        <translation>Zu kompositierende Kachel (wiederholbar; Vorgabe: jede Kachel)</translation>
    </message>
    <message>
        <source>Months to composite, first:last inclusive</source>
        <translation>Zu kompositierende Monate, erster:letzter einschließlich</translation>
    </message>
    <message>
        <source>Comma-separated input bands (default: B02…B12)</source>
        <translation>Kommagetrennte Eingabebänder (Vorgabe: B02…B12)</translation>
    </message>
    <message>
        <source>Cloud mask: scl (Sen2Cor classes), none, or the band name of an external per-acquisition mask where non-zero means cloud (e.g. CLM)</source>
        <translation>Wolkenmaske: scl (Sen2Cor-Klassen), none oder der Bandname einer externen Maske je Aufnahme, in der ungleich null Wolke bedeutet (z. B. CLM)</translation>
    </message>
    <message>
        <source>SCL classes that are not clear observations</source>
        <translation>SCL-Klassen, die keine klaren Beobachtungen sind</translation>
    </message>
    <message>
        <source>Extra index bands computed per observation (ndvi, ndwi, ndmi); makes the composites float32</source>
        <translation>Zusätzliche Indexbänder, je Beobachtung berechnet (ndvi, ndwi, ndmi); macht die Komposite zu float32</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores)</source>
        <translation>Worker-Threads (Vorgabe: alle Kerne)</translation>
    </message>
    <message>
        <source>No progress bar</source>
        <translation>Kein Fortschrittsbalken</translation>
    </message>
    <message>
        <source>Monthly cloud-free median composites per tile: one COG per month, a valid-count layer and &lt;TILE&gt;_composites.vrt stacking the months. Months without a valid observation are filled in time and count 0. Ctrl-C cancels and keeps the previous outputs.</source>
        <translation>Wolkenfreie monatliche Median-Komposite je Kachel: ein COG je Monat, ein Layer mit der Zahl gültiger Beobachtungen und &lt;TILE&gt;_composites.vrt, das die Monate stapelt. Monate ohne gültige Beobachtung werden zeitlich aufgefüllt und zählen 0. Strg-C bricht ab und behält die bisherigen Ausgaben.</translation>
    </message>
    <message>
        <source>composite needs --archive and --out</source>
        <translation>composite braucht --archive und --out</translation>
    </message>
    <message>
        <source>Invalid --threads &quot;%1&quot;</source>
        <translation>Ungültiges --threads „%1“</translation>
    </message>
    <message>
        <source>Canceled; the previous outputs are unchanged.</source>
        <translation>Abgebrochen; die bisherigen Ausgaben sind unverändert.</translation>
    </message>
    <message>
        <source>%1: %2 (acquisitions per month %3; %4 skipped)</source>
        <translation>%1: %2 (Aufnahmen je Monat %3; %4 übersprungen)</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Pixels %1, OA %2, kappa %3, macro F1 %4, minimum F1 %5</source>
        <translation>Pixel %1, OA %2, Kappa %3, Makro-F1 %4, minimales F1 %5</translation>
    </message>
    <message>
        <source>%1 labelled pixels are not classified in the map and are left out</source>
        <translation>%1 beschriftete Pixel sind in der Karte nicht klassifiziert und bleiben außen vor</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>kartiert</translation>
    </message>
    <message>
        <source>Reference class raster (ids; 0 = no reference), e.g. the eroded declarations or the synthetic truth</source>
        <translation>Referenz-Klassenraster (IDs; 0 = keine Referenz), z. B. die erodierten Deklarationen oder die synthetische Wahrheit</translation>
    </message>
    <message>
        <source>Class map to assess (ids; 0 = not classified)</source>
        <translation>Zu bewertende Klassenkarte (IDs; 0 = nicht klassifiziert)</translation>
    </message>
    <message>
        <source>Split raster; only pixels of --set count</source>
        <translation>Aufteilungsraster; nur Pixel von --set zählen</translation>
    </message>
    <message>
        <source>train, validation, test (default) or a mask value</source>
        <translation>train, validation, test (Vorgabe) oder ein Maskenwert</translation>
    </message>
    <message>
        <source>Class table or legend JSON (default: the ids found, unnamed)</source>
        <translation>Klassentabelle oder Legenden-JSON (Vorgabe: die gefundenen IDs, unbenannt)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Base name of the reports (default accuracy)</source>
        <translation>Basisname der Berichte (Vorgabe accuracy)</translation>
    </message>
    <message>
        <source>Title of the report</source>
        <translation>Titel des Berichts</translation>
    </message>
    <message>
        <source>What the reference is, for the report (e.g. declarations)</source>
        <translation>Was die Referenz ist, für den Bericht (z. B. Deklarationen)</translation>
    </message>
    <message>
        <source>Show another report&apos;s matrix beside this one, e.g. &quot;weak model=weak/accuracy.json&quot; (repeatable)</source>
        <translation>Die Matrix eines anderen Berichts neben dieser zeigen, z. B. „schwaches Modell=weak/accuracy.json“ (wiederholbar)</translation>
    </message>
    <message>
        <source>Reliable-sample selection summary (JSON) to include</source>
        <translation>Einzubeziehende Übersicht der Auswahl zuverlässiger Stichproben (JSON)</translation>
    </message>
    <message>
        <source>Leave out the area-adjusted estimates (Olofsson et al. 2014)</source>
        <translation>Die flächengewichteten Schätzungen weglassen (Olofsson et al. 2014)</translation>
    </message>
    <message>
        <source>evaluate needs --%1</source>
        <translation>evaluate braucht --%1</translation>
    </message>
    <message>
        <source>--set must be train, validation, test or a number, not &quot;%1&quot;</source>
        <translation>--set muss train, validation, test oder eine Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--threads must be a non-negative number</source>
        <translation>--threads muss eine nichtnegative Zahl sein</translation>
    </message>
    <message>
        <source>Accuracy of %1</source>
        <translation>Genauigkeit von %1</translation>
    </message>
    <message>
        <source>--compare expects LABEL=REPORT.json, not &quot;%1&quot;</source>
        <translation>--compare erwartet LABEL=REPORT.json, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 classes, this map %3</source>
        <translation>„%1“ hat %2 Klassen, diese Karte %3</translation>
    </message>
    <message>
        <source>Wrote %1, %2 and %3</source>
        <translation>%1, %2 und %3 geschrieben</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Output folder of the scene (required)</source>
        <translation>Ausgabeordner der Szene (erforderlich)</translation>
    </message>
    <message>
        <source>Number of adjacent tiles, 1…6 (default %1: T33UUP, T33UVP, T33UWP)</source>
        <translation>Anzahl benachbarter Kacheln, 1…6 (Vorgabe %1: T33UUP, T33UVP, T33UWP)</translation>
    </message>
    <message>
        <source>Tile side in 10 m pixels, even (default %1)</source>
        <translation>Kachelseite in 10-m-Pixeln, gerade (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Acquisitions per tile between 2017-09-01 and 2018-08-31, comma-separated; the last count repeats for further tiles (default 40,70,40)</source>
        <translation>Aufnahmen je Kachel zwischen 2017-09-01 und 2018-08-31, kommagetrennt; die letzte Zahl gilt auch für weitere Kacheln (Vorgabe 40,70,40)</translation>
    </message>
    <message>
        <source>Share of crop parcels declared as another class (default %1)</source>
        <translation>Anteil der Kulturschläge, die als andere Klasse deklariert sind (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Archive layout: tiff (&lt;TILE&gt;/&lt;YYYYMMDD&gt;/&lt;BAND&gt;.tif, default) or safe (L2A .SAFE products, JPEG 2000 bands)</source>
        <translation>Archivaufbau: tiff (&lt;TILE&gt;/&lt;YYYYMMDD&gt;/&lt;BAND&gt;.tif, Vorgabe) oder safe (L2A-.SAFE-Produkte, JPEG-2000-Bänder)</translation>
    </message>
    <message>
        <source>Mean field spacing in pixels (default: 40 at 512 px, smaller for smaller tiles)</source>
        <translation>Mittlerer Feldabstand in Pixeln (Vorgabe: 40 bei 512 px, kleiner für kleinere Kacheln)</translation>
    </message>
    <message>
        <source>CRS of parcels.gpkg: 32633 (default) or 31287 (MGI / Austria Lambert)</source>
        <translation>KBS von parcels.gpkg: 32633 (Vorgabe) oder 31287 (MGI / Austria Lambert)</translation>
    </message>
    <message>
        <source>Worker threads (default 0: all cores)</source>
        <translation>Worker-Threads (Vorgabe 0: alle Kerne)</translation>
    </message>
    <message>
        <source>Replace the output folder if it exists</source>
        <translation>Den Ausgabeordner ersetzen, falls er existiert</translation>
    </message>
    <message>
        <source>Generate a deterministic synthetic Sentinel-2 study area: adjacent tiles with their own acquisition dates (10 bands and SCL with clouds and shadows), parcels with INVEKOS-like declarations (some wrong) in parcels.gpkg, the true class per pixel in truth/, legend.json and scene.json. The same options give the same files.</source>
        <translation>Ein deterministisches synthetisches Sentinel-2-Untersuchungsgebiet erzeugen: benachbarte Kacheln mit eigenen Aufnahmedaten (10 Bänder und SCL mit Wolken und Schatten), Schläge mit INVEKOS-artigen Deklarationen (einige falsch) in parcels.gpkg, die wahre Klasse je Pixel in truth/, legend.json und scene.json. Dieselben Optionen ergeben dieselben Dateien.</translation>
    </message>
    <message>
        <source>synth needs --out DIR</source>
        <translation>synth braucht --out DIR</translation>
    </message>
    <message>
        <source>synth: --acquisitions takes positive counts separated by commas, e.g. 40,70,40</source>
        <translation>synth: --acquisitions erwartet positive, kommagetrennte Anzahlen, z. B. 40,70,40</translation>
    </message>
    <message>
        <source>synth: --layout is tiff or safe, not &quot;%1&quot;</source>
        <translation>synth: --layout ist tiff oder safe, nicht „%1“</translation>
    </message>
    <message>
        <source>canceled; nothing was written</source>
        <translation>abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Scene %1: %2 tiles, %3 acquisitions (%4 files), %5 parcels (%6 wrongly declared), %7 background cells, %8 s</source>
        <translation>Szene %1: %2 Kacheln, %3 Aufnahmen (%4 Dateien), %5 Schläge (%6 falsch deklariert), %7 Hintergrundzellen, %8 s</translation>
    </message>
    <message>
        <source>Parcel layer (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, …)</source>
        <translation>Schlag-Layer (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, …)</translation>
    </message>
    <message>
        <source>Layer of the parcel source (default: the first)</source>
        <translation>Layer der Schlagquelle (Vorgabe: der erste)</translation>
    </message>
    <message>
        <source>Attribute with the declared crop (name or code)</source>
        <translation>Attribut mit der deklarierten Kultur (Name oder Code)</translation>
    </message>
    <message>
        <source>A second attribute shown beside each value (e.g. the crop name beside its code); also used to recognise hedges</source>
        <translation>Ein zweites Attribut, das neben jedem Wert gezeigt wird (z. B. der Kulturname neben seinem Code); dient auch zum Erkennen von Hecken</translation>
    </message>
    <message>
        <source>Write the legend to this .json or .csv file</source>
        <translation>Die Legende in diese .json- oder .csv-Datei schreiben</translation>
    </message>
    <message>
        <source>Reading parcels</source>
        <translation>Schläge werden gelesen</translation>
    </message>
    <message>
        <source>List every declared value of a parcel layer with its parcel count and area (ha), so an analyst can fill the legend table. With --out, writes a legend of the seed&apos;s 15 classes with every value mapped to ignore (null), ready to edit.</source>
        <translation>Jeden deklarierten Wert eines Schlag-Layers mit Schlaganzahl und Fläche (ha) auflisten, damit ein Analyst die Legendentabelle füllen kann. Mit --out wird eine Legende mit den 15 Klassen der Ausgangsstudie geschrieben, in der jeder Wert auf ignore (null) abgebildet ist, bereit zum Bearbeiten.</translation>
    </message>
    <message>
        <source>legend init needs --parcels and --field</source>
        <translation>legend init braucht --parcels und --field</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>Schläge</translation>
    </message>
    <message>
        <source>area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <source>Wrote %1 values to %2</source>
        <translation>%1 Werte nach %2 geschrieben</translation>
    </message>
    <message>
        <source>EuroCrops mapping CSV (original_code, original_name, …, HCAT3_name, HCAT3_code)</source>
        <translation>EuroCrops-Zuordnungs-CSV (original_code, original_name, …, HCAT3_name, HCAT3_code)</translation>
    </message>
    <message>
        <source>Propose every code of the taxonomy too, not only the values of --parcels</source>
        <translation>Auch jeden Code der Taxonomie vorschlagen, nicht nur die Werte von --parcels</translation>
    </message>
    <message>
        <source>Draft a legend from a crop taxonomy: declared code → HCAT3 class → one of the seed&apos;s 15 classes by fixed rules; hedges and other landscape elements → ignore; values without a rule or missing from the taxonomy → ignore, listed as unmatched.</source>
        <translation>Eine Legende aus einer Kulturtaxonomie entwerfen: deklarierter Code → HCAT3-Klasse → eine der 15 Klassen der Ausgangsstudie nach festen Regeln; Hecken und andere Landschaftselemente → ignore; Werte ohne Regel oder ohne Eintrag in der Taxonomie → ignore, als nicht zugeordnet aufgelistet.</translation>
    </message>
    <message>
        <source>legend propose needs --taxonomy, --field, --out and --parcels (or --whole-taxonomy)</source>
        <translation>legend propose braucht --taxonomy, --field, --out und --parcels (oder --whole-taxonomy)</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>%1 values, %2 unmatched (mapped to ignore): wrote %3</source>
        <translation>%1 Werte, %2 nicht zugeordnet (auf ignore abgebildet): %3 geschrieben</translation>
    </message>
    <message>
        <source>Legend file or shipped name (e.g. austria-invekos)</source>
        <translation>Legendendatei oder mitgelieferter Name (z. B. austria-invekos)</translation>
    </message>
    <message>
        <source>legend show needs one legend</source>
        <translation>legend show braucht eine Legende</translation>
    </message>
    <message>
        <source>Legend %1, field %2</source>
        <translation>Legende %1, Feld %2</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>%1 declared values unknown to the legend</source>
        <translation>%1 deklarierte Werte sind der Legende unbekannt</translation>
    </message>
    <message>
        <source>usage: cropmap legend init|propose|show [options] (--help on each)</source>
        <translation>Aufruf: cropmap legend init|propose|show [Optionen] (jeweils --help)</translation>
    </message>
    <message>
        <source>unknown legend action &quot;%1&quot;; %2</source>
        <translation>unbekannte Legendenaktion „%1“; %2</translation>
    </message>
    <message>
        <source>Parcel layer (any OGR source)</source>
        <translation>Schlag-Layer (jede OGR-Quelle)</translation>
    </message>
    <message>
        <source>Attribute with the declared crop (default: the legend&apos;s &quot;field&quot;)</source>
        <translation>Attribut mit der deklarierten Kultur (Vorgabe: das „field“ der Legende)</translation>
    </message>
    <message>
        <source>Legend aggregation table: a .json/.csv file or a shipped name (synthetic, austria-invekos, belgium-lpis, slovenia-raba), looked up in $CROPMAP_LEGENDS, share/cropmap/legends and resources/legends</source>
        <translation>Legendentabelle: eine .json-/.csv-Datei oder ein mitgelieferter Name (synthetic, austria-invekos, belgium-lpis, slovenia-raba), gesucht in $CROPMAP_LEGENDS, share/cropmap/legends und resources/legends</translation>
    </message>
    <message>
        <source>A raster on the tile grid (a composite, a band): its CRS, geotransform and size</source>
        <translation>Ein Raster auf dem Kachelgitter (ein Komposit, ein Band): sein KBS, seine Geotransformation und Größe</translation>
    </message>
    <message>
        <source>Tile id, prefix of the outputs</source>
        <translation>Kachel-ID, Präfix der Ausgaben</translation>
    </message>
    <message>
        <source>Border erosion radius in pixels: keep a pixel only if its (2r+1)² square lies in one parcel (default %1)</source>
        <translation>Erosionsradius an den Grenzen in Pixeln: ein Pixel bleibt nur, wenn sein (2r+1)²-Quadrat in einem Schlag liegt (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Rasterize declared parcels onto a tile grid (GDAL rasterizer, all-touched off): &lt;TILE&gt;_parcels.tif (uint32 parcel ids), &lt;TILE&gt;_classes.tif and &lt;TILE&gt;_classes_eroded.tif (uint8 class ids with colour table and QGIS .qml style) and &lt;TILE&gt;_thematic.json. Parcels in another CRS are reprojected, invalid ones repaired or skipped, values missing from the legend reported and ignored.</source>
        <translation>Deklarierte Schläge auf ein Kachelgitter rastern (GDAL-Rasterisierer, all-touched aus): &lt;TILE&gt;_parcels.tif (uint32-Schlag-IDs), &lt;TILE&gt;_classes.tif und &lt;TILE&gt;_classes_eroded.tif (uint8-Klassen-IDs mit Farbtabelle und QGIS-.qml-Stil) sowie &lt;TILE&gt;_thematic.json. Schläge in einem anderen KBS werden umprojiziert, ungültige repariert oder übersprungen, in der Legende fehlende Werte gemeldet und ignoriert.</translation>
    </message>
    <message>
        <source>rasterize needs --%1</source>
        <translation>rasterize braucht --%1</translation>
    </message>
    <message>
        <source>--erosion must be a whole number ≥ 0</source>
        <translation>--erosion muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>Wrote %1, %2, %3 and %4</source>
        <translation>%1, %2, %3 und %4 geschrieben</translation>
    </message>
    <message>
        <source>A raster on the tile grid</source>
        <translation>Ein Raster auf dem Kachelgitter</translation>
    </message>
    <message>
        <source>Tile id (seeds the tile&apos;s shuffle, prefixes the outputs)</source>
        <translation>Kachel-ID (initialisiert das Mischen der Kachel, Präfix der Ausgaben)</translation>
    </message>
    <message>
        <source>Random seed (default 1)</source>
        <translation>Zufalls-Seed (Vorgabe 1)</translation>
    </message>
    <message>
        <source>Train, validation, test shares of the patches (default 0.6,0.2,0.2: exactly 60/20/20 of 100)</source>
        <translation>Anteile der Patches für Training, Validierung, Test (Vorgabe 0.6,0.2,0.2: genau 60/20/20 von 100)</translation>
    </message>
    <message>
        <source>Patches per side (default 10: 10 × 10)</source>
        <translation>Patches je Seite (Vorgabe 10: 10 × 10)</translation>
    </message>
    <message>
        <source>Cut a tile into n × n patches and assign each at random (seeded) to train, validation or test: writes &lt;TILE&gt;_split.tif (one pixel per patch: 1 train, 2 validation, 3 test) and &lt;TILE&gt;_split.geojson (the patch polygons).</source>
        <translation>Eine Kachel in n × n Patches zerlegen und jeden zufällig (mit Seed) Training, Validierung oder Test zuweisen: schreibt &lt;TILE&gt;_split.tif (ein Pixel je Patch: 1 Training, 2 Validierung, 3 Test) und &lt;TILE&gt;_split.geojson (die Patch-Polygone).</translation>
    </message>
    <message>
        <source>split needs --grid, --tile and --out</source>
        <translation>split braucht --grid, --tile und --out</translation>
    </message>
    <message>
        <source>--seed must be a whole number ≥ 0</source>
        <translation>--seed muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>--patches must be a whole number ≥ 1</source>
        <translation>--patches muss eine ganze Zahl ≥ 1 sein</translation>
    </message>
    <message>
        <source>--fractions must be three shares ≥ 0 such as 0.6,0.2,0.2</source>
        <translation>--fractions muss drei Anteile ≥ 0 sein, etwa 0.6,0.2,0.2</translation>
    </message>
    <message>
        <source>cannot create &quot;%1&quot;</source>
        <translation>„%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 patches: %2 train, %3 validation, %4 test; wrote %5 and %6</source>
        <translation>%1 Patches: %2 Training, %3 Validierung, %4 Test; %5 und %6 geschrieben</translation>
    </message>
    <message>
        <source>Folder with the outputs of `cropmap rasterize`</source>
        <translation>Ordner mit den Ausgaben von `cropmap rasterize`</translation>
    </message>
    <message>
        <source>Folder with &lt;TILE&gt;_composites.vrt per tile</source>
        <translation>Ordner mit &lt;TILE&gt;_composites.vrt je Kachel</translation>
    </message>
    <message>
        <source>Folder with &lt;TILE&gt;_split.tif from `cropmap split` (default: split here with --seed and --fractions)</source>
        <translation>Ordner mit &lt;TILE&gt;_split.tif aus `cropmap split` (Vorgabe: hier mit --seed und --fractions aufteilen)</translation>
    </message>
    <message>
        <source>Only this tile (repeatable; default: every tile of --thematic)</source>
        <translation>Nur diese Kachel (wiederholbar; Vorgabe: jede Kachel von --thematic)</translation>
    </message>
    <message>
        <source>S, the training sample budget (default %1)</source>
        <translation>S, das Budget an Trainingsstichproben (Vorgabe %1)</translation>
    </message>
    <message>
        <source>k_boost: s_u = k_boost · p_u + k_min for least-present classes (default %1)</source>
        <translation>k_boost: s_u = k_boost · p_u + k_min für die seltensten Klassen (Vorgabe %1)</translation>
    </message>
    <message>
        <source>k_min (default %1)</source>
        <translation>k_min (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Validation budget as a fraction of S, drawn by the same scheme from validation patches (default %1)</source>
        <translation>Validierungsbudget als Bruchteil von S, nach demselben Schema aus Validierungs-Patches gezogen (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Random seed of the split and the draw (default 1)</source>
        <translation>Zufalls-Seed der Aufteilung und der Ziehung (Vorgabe 1)</translation>
    </message>
    <message>
        <source>Patch shares train,validation,test (default 0.6,0.2,0.2)</source>
        <translation>Patch-Anteile Training,Validierung,Test (Vorgabe 0.6,0.2,0.2)</translation>
    </message>
    <message>
        <source>sample needs --thematic, --composites and --out</source>
        <translation>sample braucht --thematic, --composites und --out</translation>
    </message>
    <message>
        <source>--budget, --k-boost, --k-min, --validation-budget, --seed and --fractions take numbers ≥ 0</source>
        <translation>--budget, --k-boost, --k-min, --validation-budget, --seed und --fractions erwarten Zahlen ≥ 0</translation>
    </message>
    <message>
        <source>Wrote %1 training, %2 validation and %3 test samples to %4</source>
        <translation>%1 Trainings-, %2 Validierungs- und %3 Teststichproben nach %4 geschrieben</translation>
    </message>
    <message>
        <source>Architecture: %1 (default lstm)</source>
        <translation>Architektur: %1 (Vorgabe lstm)</translation>
    </message>
    <message>
        <source>Model file to write (side files &lt;name&gt;.log.csv, &lt;name&gt;.checkpoint go next to it)</source>
        <translation>Zu schreibende Modelldatei (die Begleitdateien &lt;name&gt;.log.csv und &lt;name&gt;.checkpoint kommen daneben)</translation>
    </message>
    <message>
        <source>Dropout (default: the architecture&apos;s)</source>
        <translation>Dropout (Vorgabe: der der Architektur)</translation>
    </message>
    <message>
        <source>Grid search, e.g. &quot;lr=1e-3,1e-4;dropout=0.2,0.5;batch=256,1024&quot;; the best validation macro F1 wins</source>
        <translation>Rastersuche, z. B. „lr=1e-3,1e-4;dropout=0.2,0.5;batch=256,1024“; das beste Validierungs-Makro-F1 gewinnt</translation>
    </message>
    <message>
        <source>Continue an interrupted run from its checkpoint</source>
        <translation>Einen unterbrochenen Lauf ab seinem Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>LibTorch threads (default: every core)</source>
        <translation>LibTorch-Threads (Vorgabe: alle Kerne)</translation>
    </message>
    <message>
        <source>In data-parallel runs, ranks &gt; 0 also write &lt;out&gt;.rank&lt;r&gt; (to check that they agree)</source>
        <translation>Bei datenparallelen Läufen schreiben Ränge &gt; 0 zusätzlich &lt;out&gt;.rank&lt;r&gt; (um ihre Übereinstimmung zu prüfen)</translation>
    </message>
    <message>
        <source>canceled; the last checkpoint is kept (continue with --resume) and no model file was replaced</source>
        <translation>abgebrochen; der letzte Checkpoint bleibt erhalten (fortsetzen mit --resume) und keine Modelldatei wurde ersetzt</translation>
    </message>
    <message>
        <source>model:      %1 %2
</source>
        <translation>Modell:     %1 %2
</translation>
    </message>
    <message>
        <source>input:      T = %1 steps × B = %2 bands
</source>
        <translation>Eingabe:    T = %1 Zeitschritte × B = %2 Bänder
</translation>
    </message>
    <message>
        <source>steps:      %1
</source>
        <translation>Schritte:   %1
</translation>
    </message>
    <message>
        <source>period:     %1
</source>
        <translation>Zeitraum:   %1
</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>bands:      mean ± std (training samples)
</source>
        <translation>Bänder:     Mittelwert ± Std.-Abw. (Trainingsstichproben)
</translation>
    </message>
    <message>
        <source>classes:    %1 (index id name)
</source>
        <translation>Klassen:    %1 (Index ID Name)
</translation>
    </message>
    <message>
        <source>training:   %1
</source>
        <translation>Training:   %1
</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Print the metadata as JSON</source>
        <translation>Die Metadaten als JSON ausgeben</translation>
    </message>
    <message>
        <source>Print what a model file holds besides its weights: architecture and hyperparameters, steps, bands and their normalisation, class table, training options and validation scores.</source>
        <translation>Ausgeben, was eine Modelldatei außer ihren Gewichten enthält: Architektur und Hyperparameter, Zeitschritte, Bänder und ihre Normalisierung, Klassentabelle, Trainingsoptionen und Validierungsergebnisse.</translation>
    </message>
    <message>
        <source>model-info needs exactly one model file</source>
        <translation>model-info braucht genau eine Modelldatei</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>  done: %1</source>
        <translation>  fertig: %1</translation>
    </message>
    <message>
        <source>Model or random-forest file to assess on --samples instead of a map</source>
        <translation>Modell- oder Random-Forest-Datei, die statt einer Karte auf --samples bewertet wird</translation>
    </message>
    <message>
        <source>Labelled samples for --model: a sample set (.samples) or a CSV table (see --csv-*)</source>
        <translation>Beschriftete Stichproben für --model: eine Stichprobenmenge (.samples) oder eine CSV-Tabelle (siehe --csv-*)</translation>
    </message>
    <message>
        <source>Compare a class map with a reference raster block by block and write the accuracy report (confusion matrix, OA, PA, UA, F1, macro and minimum F1, kappa, area-adjusted estimates) as JSON, CSV and HTML. With --model and --samples, assess a model or random-forest file on labelled samples instead (a sample set or a CSV table).</source>
        <translation>Eine Klassenkarte blockweise mit einem Referenzraster vergleichen und den Genauigkeitsbericht (Konfusionsmatrix, OA, PA, UA, F1, Makro- und minimales F1, Kappa, flächengewichtete Schätzungen) als JSON, CSV und HTML schreiben. Mit --model und --samples stattdessen eine Modell- oder Random-Forest-Datei auf beschrifteten Stichproben bewerten (einer Stichprobenmenge oder einer CSV-Tabelle).</translation>
    </message>
    <message>
        <source>evaluate on samples needs --model, --samples and --out</source>
        <translation>evaluate auf Stichproben braucht --model, --samples und --out</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and the model &quot;%2&quot; have different class tables (%3 / %4)</source>
        <translation>„%1“ und das Modell „%2“ haben verschiedene Klassentabellen (%3 / %4)</translation>
    </message>
    <message>
        <source>Accuracy of %1 on %2</source>
        <translation>Genauigkeit von %1 auf %2</translation>
    </message>
    <message>
        <source>labels of %1</source>
        <translation>Labels von %1</translation>
    </message>
    <message>
        <source>Training samples: a sample set (.samples) or a CSV table (.csv, see --csv-*)</source>
        <translation>Trainingsstichproben: eine Stichprobenmenge (.samples) oder eine CSV-Tabelle (.csv, siehe --csv-*)</translation>
    </message>
    <message>
        <source>Validation samples (.samples or CSV); without it a CSV table with --csv-group-column is split group-wise</source>
        <translation>Validierungsstichproben (.samples oder CSV); ohne sie wird eine CSV-Tabelle mit --csv-group-column gruppenweise aufgeteilt</translation>
    </message>
    <message>
        <source>Share of the groups held out for validation when --val is not given (default 0.2)</source>
        <translation>Anteil der Gruppen, die für die Validierung zurückgehalten werden, wenn --val fehlt (Vorgabe 0.2)</translation>
    </message>
    <message>
        <source>train needs --samples, --out and --val (or a CSV table with --csv-group-column)</source>
        <translation>train braucht --samples, --out und --val (oder eine CSV-Tabelle mit --csv-group-column)</translation>
    </message>
    <message>
        <source>--val-fraction takes a number between 0 and 1</source>
        <translation>--val-fraction erwartet eine Zahl zwischen 0 und 1</translation>
    </message>
    <message>
        <source>Reliable-sample selection on its own: judge the pool with the weak model, keep the reliable pixels, draw the final training set</source>
        <translation>Auswahl zuverlässiger Stichproben für sich: den Pool mit dem schwachen Modell beurteilen, die zuverlässigen Pixel behalten, die endgültige Trainingsmenge ziehen</translation>
    </message>
    <message>
        <source>monthly (default): 12 monthly medians; whole: every acquisition date of the period as its own step, cloudy or missing observations interpolated linearly between the valid dates</source>
        <translation>monthly (Vorgabe): 12 Monatsmediane; whole: jedes Aufnahmedatum des Zeitraums als eigener Zeitschritt, bewölkte oder fehlende Beobachtungen linear zwischen den gültigen Daten interpoliert</translation>
    </message>
    <message>
        <source>--series takes monthly or whole, not &quot;%1&quot;</source>
        <translation>--series erwartet monthly oder whole, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: %2 (whole series: %3 dates; %4 skipped)</source>
        <translation>%1: %2 (ganze Zeitreihe: %3 Daten; %4 übersprungen)</translation>
    </message>
    <message>
        <source>%1 takes one ASCII character or &quot;tab&quot;, not &quot;%2&quot;</source>
        <translation>%1 erwartet ein ASCII-Zeichen oder „tab“, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 takes a non-zero number, not &quot;%2&quot;</source>
        <translation>%1 erwartet eine Zahl ungleich null, nicht „%2“</translation>
    </message>
    <message>
        <source>Share of the T × B features tried at each node, 0 to 1; 0: √(T × B) (default)</source>
        <translation>Anteil der T × B Merkmale, die an jedem Knoten probiert werden, 0 bis 1; 0: √(T × B) (Vorgabe)</translation>
    </message>
    <message>
        <source>Rows drawn with replacement for each tree, as a share of the samples (default %1)</source>
        <translation>Für jeden Baum mit Zurücklegen gezogene Zeilen, als Anteil der Stichproben (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Split candidates per feature: its value quantiles in this many bins, 2 to 255 (default %1)</source>
        <translation>Split-Kandidaten je Merkmal: seine Wert-Quantile in so vielen Bins, 2 bis 255 (Vorgabe %1)</translation>
    </message>
    <message>
        <source>--trees, --max-depth, --min-samples-leaf, --max-bins, --threads and --seed take whole numbers, --features-per-split, --sample-fraction and --validation shares</source>
        <translation>--trees, --max-depth, --min-samples-leaf, --max-bins, --threads und --seed erwarten ganze Zahlen, --features-per-split, --sample-fraction und --validation Anteile</translation>
    </message>
    <message>
        <source>Check every declared parcel against the map: agrees, doubtful, disagrees or too small, as a styled GeoPackage and a summary</source>
        <translation>Jeden deklarierten Schlag gegen die Karte prüfen: übereinstimmend, zweifelhaft, abweichend oder zu klein, als gestyltes GeoPackage und eine Übersicht</translation>
    </message>
    <message>
        <source>Tile id for a flat folder of *_&lt;date&gt;_&lt;band&gt;.tif files (default: the folder name); an MGRS id such as T33UVP or letters, digits, _ and -</source>
        <translation>Kachel-ID für einen flachen Ordner mit *_&lt;date&gt;_&lt;band&gt;.tif-Dateien (Vorgabe: der Ordnername); eine MGRS-ID wie T33UVP oder Buchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <source>BOA_ADD_OFFSET of the reflectance bands of a GeoTIFF-folder or flat archive (-1000 for exports of processing baseline 04.00 or later); .SAFE products read theirs from MTD_MSIL2A.xml</source>
        <translation>BOA_ADD_OFFSET der Reflexionsbänder eines GeoTIFF-Ordner- oder flachen Archivs (-1000 für Exporte ab Processing Baseline 04.00); .SAFE-Produkte lesen ihren aus MTD_MSIL2A.xml</translation>
    </message>
    <message>
        <source>Print per tile of a Sentinel-2 archive the grid, the acquisitions per month, the bands found, each acquisition&apos;s processing baseline and the BOA_ADD_OFFSET compositing adds to its DNs, and what is missing or unreadable.</source>
        <translation>Je Kachel eines Sentinel-2-Archivs ausgeben: das Gitter, die Aufnahmen je Monat, die gefundenen Bänder, die Processing Baseline jeder Aufnahme und den BOA_ADD_OFFSET, den das Kompositieren zu ihren DNs addiert, sowie was fehlt oder unlesbar ist.</translation>
    </message>
    <message>
        <source>Invalid --boa-offset &quot;%1&quot; (a number of DN such as -1000)</source>
        <translation>Ungültiges --boa-offset „%1“ (eine Zahl von DN wie -1000)</translation>
    </message>
    <message>
        <source>Read a CSV sample table (label, optional group, T × B values per row, other columns skipped) into a sample set. The --csv-* options are those of `cropmap train` and `cropmap evaluate`; --csv-bands and --csv-steps are required.</source>
        <translation>Eine CSV-Stichprobentabelle (Label, optionale Gruppe, T × B Werte je Zeile, andere Spalten übersprungen) in eine Stichprobenmenge einlesen. Die --csv-*-Optionen sind die von `cropmap train` und `cropmap evaluate`; --csv-bands und --csv-steps sind erforderlich.</translation>
    </message>
    <message>
        <source>samples import needs --csv, --out, --csv-bands and --csv-steps</source>
        <translation>samples import braucht --csv, --out, --csv-bands und --csv-steps</translation>
    </message>
    <message>
        <source>%1 samples are unlabelled: the legend maps their label to ignore</source>
        <translation>%1 Stichproben sind unbeschriftet: Die Legende bildet ihr Label auf ignore ab</translation>
    </message>
    <message>
        <source>Usage: cropmap samples export|import [options]
  export  write a sample set as a CSV table
  import  read a CSV table into a sample set
Run `cropmap samples export --help` or `cropmap samples import --help` for the options.</source>
        <translation>Aufruf: cropmap samples export|import [Optionen]
  export  eine Stichprobenmenge als CSV-Tabelle schreiben
  import  eine CSV-Tabelle in eine Stichprobenmenge einlesen
Die Optionen zeigen `cropmap samples export --help` und `cropmap samples import --help`.</translation>
    </message>
    <message>
        <source>BOA_ADD_OFFSET added to the DNs of the reflectance bands of a GeoTIFF-folder or flat archive: -1000 for exports of processing baseline 04.00 or later (products since 25 January 2022), 0 for older ones; .SAFE products read theirs from MTD_MSIL2A.xml</source>
        <translation>BOA_ADD_OFFSET, der zu den DNs der Reflexionsbänder eines GeoTIFF-Ordner- oder flachen Archivs addiert wird: -1000 für Exporte ab Processing Baseline 04.00 (Produkte seit 25. Januar 2022), 0 für ältere; .SAFE-Produkte lesen ihren aus MTD_MSIL2A.xml</translation>
    </message>
    <message>
        <source>Print a legend&apos;s classes and mapping; with --parcels, also the declared values the legend does not know (count and area, and --label-field beside each), which rasterizing treats as ignore. --field defaults to the legend&apos;s field.</source>
        <translation>Klassen und Zuordnung einer Legende ausgeben; mit --parcels auch die deklarierten Werte, die die Legende nicht kennt (Anzahl und Fläche, und --label-field daneben), die das Rastern als ignore behandelt. --field ist standardmäßig das Feld der Legende.</translation>
    </message>
    <message>
        <source>legend show --parcels needs --field: the legend %1 names no field</source>
        <translation>legend show --parcels braucht --field: Die Legende %1 nennt kein Feld</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;%2: %3 parcels, %4 ha (treated as ignore)</source>
        <translation>unbekannter Wert „%1“%2: %3 Schläge, %4 ha (als ignore behandelt)</translation>
    </message>
    <message>
        <source>τ is this percentile of the priors, in percent, more than 1 and at most 100 (default %1)</source>
        <translation>τ ist dieses Perzentil der A-priori-Anteile, in Prozent, größer als 1 und höchstens 100 (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Draw the weak training set: priors p_u from the eroded maps of all tiles, τ = the --quantile percentile of the priors (65th by default), s_u = p_u (p_u ≥ τ) or k_boost · p_u + k_min, n_u = min(N_u, round(S · s_u / Σ s)) from train patches; validation samples by the same scheme from validation patches; the test set is every eroded labelled pixel of test patches. A parcel belongs to the set of the patch holding most of its eroded pixels. Prints the plan, then writes train.samples, validation.samples, test.samples and sampling.json.</source>
        <translation>Die schwache Trainingsmenge ziehen: A-priori-Anteile p_u aus den erodierten Karten aller Kacheln, τ = das --quantile-Perzentil der A-priori-Anteile (standardmäßig das 65.), s_u = p_u (p_u ≥ τ) oder k_boost · p_u + k_min, n_u = min(N_u, round(S · s_u / Σ s)) aus Trainings-Patches; Validierungsstichproben nach demselben Schema aus Validierungs-Patches; die Testmenge ist jedes erodierte beschriftete Pixel der Test-Patches. Ein Schlag gehört zur Menge des Patches, der die meisten seiner erodierten Pixel enthält. Gibt den Plan aus und schreibt dann train.samples, validation.samples, test.samples und sampling.json.</translation>
    </message>
    <message>
        <source>Optimiser-step budget of stage 1 (default %1)</source>
        <translation>Budget an Optimiererschritten der Stufe 1 (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Optimiser-step budget of stage 2, the unweighted fine-tuning; 0 skips it (default %1)</source>
        <translation>Budget an Optimiererschritten der Stufe 2, des ungewichteten Feintunings; 0 überspringt sie (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Optional cap of stage 1 in passes over the data (default: none)</source>
        <translation>Optionale Obergrenze der Stufe 1 in Durchläufen über die Daten (Vorgabe: keine)</translation>
    </message>
    <message>
        <source>Optional cap of stage 2 in passes over the data; 0 skips stage 2 (default: none)</source>
        <translation>Optionale Obergrenze der Stufe 2 in Durchläufen über die Daten; 0 überspringt Stufe 2 (Vorgabe: keine)</translation>
    </message>
    <message>
        <source>Validation checks without a better criterion before a stage stops (default %1)</source>
        <translation>Validierungsprüfungen ohne besseres Kriterium, bevor eine Stufe endet (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Optimiser steps between validation checks (default: one pass over the data, within 25–250 steps)</source>
        <translation>Optimiererschritte zwischen Validierungsprüfungen (Vorgabe: ein Durchlauf über die Daten, innerhalb von 25–250 Schritten)</translation>
    </message>
    <message>
        <source>Steps of linear learning-rate warm-up, at most a tenth of the budget (default %1)</source>
        <translation>Schritte des linearen Aufwärmens der Lernrate, höchstens ein Zehntel des Budgets (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Peak RMSprop learning rate; it decays on a cosine to %1 of it (default %2)</source>
        <translation>Höchste RMSprop-Lernrate; sie fällt kosinusförmig auf %1 davon ab (Vorgabe %2)</translation>
    </message>
    <message>
        <source>RMSprop weight decay (default %1)</source>
        <translation>RMSprop-Weight-Decay (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Gradient-norm clipping; 0 turns it off (default %1)</source>
        <translation>Begrenzung der Gradientennorm; 0 schaltet sie aus (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Decay of the weight average that is checked and kept; 0 keeps the raw weights (default %1)</source>
        <translation>Abklingrate des Gewichtsmittels, das geprüft und behalten wird; 0 behält die rohen Gewichte (Vorgabe %1)</translation>
    </message>
    <message>
        <source>Which check&apos;s weights a stage keeps: loss (lowest validation loss), f1 (highest validation macro F1) or posterior (highest mean posterior of the true class, averaged over the classes) (default %1)</source>
        <translation>Welche Prüfung ihre Gewichte in einer Stufe behält: loss (niedrigster Validierungsverlust), f1 (höchstes Validierungs-Makro-F1) oder posterior (höchste mittlere A-posteriori-Wahrscheinlichkeit der wahren Klasse, gemittelt über die Klassen) (Vorgabe %1)</translation>
    </message>
    <message>
        <source>After both stages, train afresh on the training and validation samples for the steps the checks kept</source>
        <translation>Nach beiden Stufen neu auf den Trainings- und Validierungsstichproben trainieren, für die Schrittzahl, die die Prüfungen behalten haben</translation>
    </message>
    <message>
        <source>Mini-batch size (default: from the table size, 32–256, at least 32 steps a pass)</source>
        <translation>Mini-Batch-Größe (Vorgabe: aus der Tabellengröße, 32–256, mindestens 32 Schritte je Durchlauf)</translation>
    </message>
    <message>
        <source>Train a crop classifier the seed&apos;s way: stage 1 minimises the cross-entropy weighted by n_max / n_u with RMSprop, stage 2 fine-tunes stage 1&apos;s kept weights with the plain cross-entropy. Each stage is a budget of optimiser steps with warm-up and cosine decay of the rate, gradient clipping and a validation check about once a pass; it stops after --patience checks without improvement and keeps the best check&apos;s averaged weights (docs/training.md). Runs data-parallel when MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE (or Slurm&apos;s SLURM_PROCID and SLURM_NTASKS) describe several processes.</source>
        <translation>Einen Kulturartenklassifikator wie in der Ausgangsstudie trainieren: Stufe 1 minimiert mit RMSprop die mit n_max / n_u gewichtete Kreuzentropie, Stufe 2 verfeinert die behaltenen Gewichte der Stufe 1 mit der einfachen Kreuzentropie. Jede Stufe ist ein Budget an Optimiererschritten mit Aufwärmen und kosinusförmigem Abfall der Rate, Gradientenbegrenzung und einer Validierungsprüfung etwa einmal je Durchlauf; sie endet nach --patience Prüfungen ohne Verbesserung und behält die gemittelten Gewichte der besten Prüfung (docs/training.md). Läuft datenparallel, wenn MASTER_ADDR, MASTER_PORT, RANK und WORLD_SIZE (oder SLURM_PROCID und SLURM_NTASKS von Slurm) mehrere Prozesse beschreiben.</translation>
    </message>
    <message>
        <source>Group-wise split of %1, stratified by class: %2 groups (%3 samples) train, %4 groups (%5 samples) validation; no group on both sides</source>
        <translation>Gruppenweise, nach Klasse geschichtete Aufteilung von %1: %2 Gruppen (%3 Stichproben) Training, %4 Gruppen (%5 Stichproben) Validierung; keine Gruppe auf beiden Seiten</translation>
    </message>
    <message>
        <source>Not validated (a single group, kept for training): %1</source>
        <translation>Nicht validiert (eine einzige Gruppe, fürs Training behalten): %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 validation checks, validation loss %3, OA %4, macro F1 %5</source>
        <translation>%1 geschrieben: %2 Validierungsprüfungen, Validierungsverlust %3, OA %4, Makro-F1 %5</translation>
    </message>
    <message>
        <source>ensemble:   %1 networks, their class probabilities averaged
</source>
        <translation>Ensemble:   %1 Netze, ihre Klassenwahrscheinlichkeiten gemittelt
</translation>
    </message>
    <message>
        <source>Columns neighbouring tiles share, even and below half the tile side (default 0: edge to edge; real tiles overlap by about 10 km)</source>
        <translation>Spalten, die benachbarte Kacheln teilen, gerade und unter der halben Kachelseite (Standard 0: Kante an Kante; echte Kacheln überlappen um etwa 10 km)</translation>
    </message>
    <message>
        <source>synth: --seed, --tiles, --size, --overlap, --wrong, --field-size, --parcels-epsg and --threads take numbers</source>
        <translation>synth: --seed, --tiles, --size, --overlap, --wrong, --field-size, --parcels-epsg und --threads erwarten Zahlen</translation>
    </message>
    <message>
        <source>σ of Gaussian noise added to the standardised inputs while training (default %1 for lstm, %2 for the other networks; 0: none)</source>
        <translation>σ des Gaußschen Rauschens, das beim Training zu den standardisierten Eingaben addiert wird (Vorgabe %1 für lstm, %2 für die anderen Netze; 0: keines)</translation>
    </message>
    <message>
        <source>Parcel-id raster (e.g. thematic/&lt;TILE&gt;_parcels.tif): the area estimates&apos; standard errors at parcel level, each parcel&apos;s scored pixels one cluster (default: pixel level)</source>
        <translation>Parzellen-ID-Raster (z. B. thematic/&lt;TILE&gt;_parcels.tif): Standardfehler der Flächenschätzungen auf Parzellenebene, die bewerteten Pixel jeder Parzelle ein Cluster (Standard: Pixelebene)</translation>
    </message>
    <message>
        <source>With --model: score against the samples&apos; declared labels (declarations, default) or their true classes (truth; sample sets of synthetic scenes)</source>
        <translation>Mit --model: gegen die deklarierten Labels der Stichproben (declarations, Standard) oder ihre wahren Klassen bewerten (truth; Stichprobensätze synthetischer Szenen)</translation>
    </message>
    <message>
        <source>--against must be declarations or truth, not &quot;%1&quot;</source>
        <translation>--against muss declarations oder truth sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--against goes with --model and --samples (a map is scored against --reference)</source>
        <translation>--against gehört zu --model und --samples (eine Karte wird gegen --reference bewertet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no true classes: only the sample sets of synthetic scenes know them (score against the declarations instead)</source>
        <translation>„%1“ enthält keine wahren Klassen: nur Stichprobensätze synthetischer Szenen kennen sie (stattdessen gegen die Deklarationen bewerten)</translation>
    </message>
    <message>
        <source>true classes of %1</source>
        <translation>wahre Klassen von %1</translation>
    </message>
    <message>
        <source>ε of label smoothing: the training target gives 1 − ε to the declared class and ε evenly to all (default %1; 0: none)</source>
        <translation>ε der Label-Glättung: das Trainingsziel gibt der deklarierten Klasse 1 − ε und allen Klassen gleichmäßig ε (Standard %1; 0: keine)</translation>
    </message>
    <message>
        <source>α of mixup: each training batch is blended with a shuffled copy of itself by λ ~ Beta(α, α), inputs and losses alike (default %1; 0: none)</source>
        <translation>α von Mixup: jeder Trainingsbatch wird mit einer gemischten Kopie seiner selbst im Verhältnis λ ~ Beta(α, α) überblendet, Eingaben wie Verluste (Standard %1; 0: kein)</translation>
    </message>
    <message>
        <source>--steps, --fine-tune-steps, --epochs, --fine-tune-epochs, --patience, --eval-every, --warmup, --lr, --weight-decay, --clip-norm, --averaging, --input-noise, --label-smoothing, --mixup, --members, --dropout, --batch-size, --threads and --seed take numbers</source>
        <translation>--steps, --fine-tune-steps, --epochs, --fine-tune-epochs, --patience, --eval-every, --warmup, --lr, --weight-decay, --clip-norm, --averaging, --input-noise, --label-smoothing, --mixup, --members, --dropout, --batch-size, --threads und --seed erwarten Zahlen</translation>
    </message>
    <message>
        <source>Model file written by &apos;cropmap train&apos;</source>
        <translation>Von &apos;cropmap train&apos; geschriebene Modelldatei</translation>
    </message>
    <message>
        <source>A tile&apos;s monthly composites: &lt;TILE&gt;_composites.vrt or its folder (repeatable: one map per tile)</source>
        <translation>Die Monatskomposite einer Kachel: &lt;TILE&gt;_composites.vrt oder ihr Ordner (wiederholbar: eine Karte je Kachel)</translation>
    </message>
    <message>
        <source>Raster on the tile grid: classify only pixels != 0 (e.g. the parcels)</source>
        <translation>Raster auf dem Kachelgitter: nur Pixel != 0 klassifizieren (z. B. die Schläge)</translation>
    </message>
    <message>
        <source>Also write every class probability</source>
        <translation>Zusätzlich jede Klassenwahrscheinlichkeit schreiben</translation>
    </message>
    <message>
        <source>Block edge in pixels (default 512)</source>
        <translation>Kantenlänge eines Blocks in Pixeln (Vorgabe 512)</translation>
    </message>
    <message>
        <source>Pixels per batch (default 8192)</source>
        <translation>Pixel je Batch (Vorgabe 8192)</translation>
    </message>
    <message>
        <source>Arithmetic of the seed LSTM&apos;s products: float32 (default) or bfloat16 (inputs and weights rounded to bfloat16, float sums; CPUs with AVX-512 BF16, about twice as fast; other models and CPUs run float32 and say so)</source>
        <translation>Arithmetik der Produkte des LSTM der Ausgangsstudie: float32 (Vorgabe) oder bfloat16 (Eingaben und Gewichte auf bfloat16 gerundet, Summen in float; CPUs mit AVX-512 BF16, etwa doppelt so schnell; andere Modelle und CPUs rechnen in float32 und melden das)</translation>
    </message>
    <message>
        <source>Map whole tiles with a trained model: a class map (uint8 class ids, colour table, QGIS style) and a posterior map (max softmax x 255) per tile, written atomically.</source>
        <translation>Ganze Kacheln mit einem trainierten Modell kartieren: je Kachel eine Klassenkarte (uint8-Klassen-IDs, Farbtabelle, QGIS-Stil) und eine A-posteriori-Karte (max. Softmax x 255), atomar geschrieben.</translation>
    </message>
    <message>
        <source>classify needs --model, --stack and --out</source>
        <translation>classify braucht --model, --stack und --out</translation>
    </message>
    <message>
        <source>--block-size must be &gt;= 16 and --batch-size &gt;= 1</source>
        <translation>--block-size muss &gt;= 16 und --batch-size &gt;= 1 sein</translation>
    </message>
    <message>
        <source>classification canceled; no map was written</source>
        <translation>Klassifizierung abgebrochen; keine Karte wurde geschrieben</translation>
    </message>
    <message>
        <source>Project file (JSON)</source>
        <translation>Projektdatei (JSON)</translation>
    </message>
    <message>
        <source>First step to run (default: composite)</source>
        <translation>Erster auszuführender Schritt (Vorgabe: composite)</translation>
    </message>
    <message>
        <source>Last step to run (default: check)</source>
        <translation>Letzter auszuführender Schritt (Vorgabe: check)</translation>
    </message>
    <message>
        <source>Re-run steps even when up to date</source>
        <translation>Schritte auch dann erneut ausführen, wenn sie aktuell sind</translation>
    </message>
    <message>
        <source>Only print each step&apos;s state</source>
        <translation>Nur den Zustand jedes Schritts ausgeben</translation>
    </message>
    <message>
        <source>Memory the steps size their parts by, e.g. 4G or 512M (default: the project&apos;s &quot;memory&quot;, else a quarter of the RAM); changes no result</source>
        <translation>Speicher, nach dem die Schritte ihre Teile bemessen, z. B. 4G oder 512M (Vorgabe: das „memory“ des Projekts, sonst ein Viertel des RAM); ändert kein Ergebnis</translation>
    </message>
    <message>
        <source>Run the whole method for a project: composite, rasterize, sample, train_weak, select, train_final, classify, evaluate, check. Steps whose options and inputs did not change since their last run are skipped, so an interrupted run resumes. Writes &lt;output&gt;/run.log.</source>
        <translation>Die ganze Methode für ein Projekt ausführen: composite, rasterize, sample, train_weak, select, train_final, classify, evaluate, check. Schritte, deren Optionen und Eingaben sich seit ihrem letzten Lauf nicht geändert haben, werden übersprungen, sodass ein unterbrochener Lauf fortgesetzt wird. Schreibt &lt;output&gt;/run.log.</translation>
    </message>
    <message>
        <source>run needs exactly one project file</source>
        <translation>run braucht genau eine Projektdatei</translation>
    </message>
    <message>
        <source>Reports in %1</source>
        <translation>Berichte in %1</translation>
    </message>
    <message>
        <source>run canceled; finished steps are kept and a re-run resumes</source>
        <translation>run abgebrochen; fertige Schritte bleiben erhalten, ein erneuter Lauf setzt dort fort</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Sample table: a CSV table (see --csv-*) or a sample set (.samples)</source>
        <translation>Stichprobentabelle: eine CSV-Tabelle (siehe --csv-*) oder eine Stichprobenmenge (.samples)</translation>
    </message>
    <message>
        <source>Number of folds k (default 5)</source>
        <translation>Anzahl der Folds k (Vorgabe 5)</translation>
    </message>
    <message>
        <source>Comma-separated models: %1 or forest (default %2)</source>
        <translation>Kommagetrennte Modelle: %1 oder forest (Vorgabe %2)</translation>
    </message>
    <message>
        <source>Folder for folds.csv, cv-cells/ (one file per finished model and fold), cv.json, cv.csv, cv.html and cv-folds.csv</source>
        <translation>Ordner für folds.csv, cv-cells/ (eine Datei je fertigem Modell und Fold), cv.json, cv.csv, cv.html und cv-folds.csv</translation>
    </message>
    <message>
        <source>Random seed of the folds and the training (default 42)</source>
        <translation>Zufalls-Seed der Folds und des Trainings (Vorgabe 42)</translation>
    </message>
    <message>
        <source>LibTorch and forest threads (default: every core)</source>
        <translation>LibTorch- und Forest-Threads (Vorgabe: alle Kerne)</translation>
    </message>
    <message>
        <source>The networks&apos; training options as a project&apos;s &quot;train&quot; section, e.g. &apos;{&quot;criterion&quot;: &quot;loss&quot;, &quot;steps&quot;: 1000}&apos; (default: the defaults of cropmap train)</source>
        <translation>Die Trainingsoptionen der Netze als „train“-Abschnitt eines Projekts, z. B. &apos;{&quot;criterion&quot;: &quot;loss&quot;, &quot;steps&quot;: 1000}&apos; (Vorgabe: die Voreinstellungen von cropmap train)</translation>
    </message>
    <message>
        <source>Cross-validate models on one sample table, group-wise and stratified by class: the groups (--csv-group-column: polygon, parcel or location ids) are dealt to k folds so that every fold has about the same share of each class and no group is on two folds. For each fold, each model trains on the other folds (the networks with the default training options or --train, stopping early on a stratified group validation split of 20 % of them; the random forest on all of them) and is scored on the fold. Prints OA and macro F1 per fold with mean ± sd. Finished folds are kept, so an interrupted run resumes (Ctrl-C cancels cleanly).</source>
        <translation>Modelle auf einer Stichprobentabelle kreuzvalidieren, gruppenweise und nach Klasse geschichtet: Die Gruppen (--csv-group-column: Polygon-, Schlag- oder Standort-IDs) werden so auf k Folds verteilt, dass jeder Fold etwa denselben Anteil jeder Klasse hat und keine Gruppe in zwei Folds liegt. Für jeden Fold trainiert jedes Modell auf den anderen Folds (die Netze mit den voreingestellten Trainingsoptionen oder --train und frühem Stoppen anhand einer geschichteten Gruppen-Validierungsaufteilung von 20 % davon; der Random Forest auf allen) und wird auf dem Fold bewertet. Gibt OA und Makro-F1 je Fold mit Mittel ± Std.-Abw. aus. Fertige Folds bleiben erhalten, sodass ein unterbrochener Lauf fortgesetzt wird (Strg-C bricht sauber ab).</translation>
    </message>
    <message>
        <source>experiment cv needs one sample table and --out</source>
        <translation>experiment cv braucht eine Stichprobentabelle und --out</translation>
    </message>
    <message>
        <source>--train takes a JSON object such as &apos;{&quot;steps&quot;: 1000}&apos;: %1</source>
        <translation>--train erwartet ein JSON-Objekt wie &apos;{&quot;steps&quot;: 1000}&apos;: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>No --csv-group-column: every row is its own group, so samples of one field or location may be on different folds and the scores flatter the models</source>
        <translation>Keine --csv-group-column: Jede Zeile ist ihre eigene Gruppe, daher können Stichproben eines Felds oder Standorts in verschiedenen Folds liegen, und die Ergebnisse fallen für die Modelle zu günstig aus</translation>
    </message>
    <message>
        <source>cross-validation canceled; finished folds are kept in %1 and a re-run resumes</source>
        <translation>Kreuzvalidierung abgebrochen; fertige Folds bleiben in %1 erhalten, ein erneuter Lauf setzt dort fort</translation>
    </message>
    <message>
        <source>Folds in %1; tables in %2.json, .csv and .html, per fold in %3</source>
        <translation>Folds in %1; Tabellen in %2.json, .csv und .html, je Fold in %3</translation>
    </message>
    <message>
        <source>table1, table2 or table3; or cv for a cross-validation on a sample table (cropmap experiment cv --help)</source>
        <translation>table1, table2 oder table3; oder cv für eine Kreuzvalidierung auf einer Stichprobentabelle (cropmap experiment cv --help)</translation>
    </message>
    <message>
        <source>Tile whose test patches score every column (default: the tile with the most acquisitions), or &quot;all&quot; for the test patches of every tile (tables 2 and 3: more parcels, steadier scores)</source>
        <translation>Kachel, auf deren Test-Patches jede Spalte bewertet wird (Vorgabe: die Kachel mit den meisten Aufnahmen), oder „all“ für die Test-Patches aller Kacheln (Tabellen 2 und 3: mehr Schläge, stabilere Ergebnisse)</translation>
    </message>
    <message>
        <source>Runs per column with seeds seed, seed+1, …: mean ± sd (default 1)</source>
        <translation>Läufe je Spalte mit den Seeds seed, seed+1, …: Mittel ± Std.-Abw. (Vorgabe 1)</translation>
    </message>
    <message>
        <source>Comma-separated subset of the columns (table1: whole_series, target_tile, other_tiles, all_tiles; table2: lstm, msresnet, inceptiontime, starrnn, forest, tempcnn; table3: none, seed, adaptive, parcel)</source>
        <translation>Kommagetrennte Teilmenge der Spalten (table1: whole_series, target_tile, other_tiles, all_tiles; table2: lstm, msresnet, inceptiontime, starrnn, forest, tempcnn; table3: none, seed, adaptive, parcel)</translation>
    </message>
    <message>
        <source>Comma-separated seeds instead of --repeats (say 2 here and 3 in a second process): each run is stored by its seed, so a later --repeats run that includes these seeds reuses them</source>
        <translation>Kommagetrennte Seeds statt --repeats (etwa 2 hier und 3 in einem zweiten Prozess): Jeder Lauf wird unter seinem Seed gespeichert, sodass ein späterer Lauf mit --repeats, der diese Seeds einschließt, sie wiederverwendet</translation>
    </message>
    <message>
        <source>Rerun one of the seed&apos;s comparisons on a project. The project&apos;s pipeline runs first up to the samples (skipped when up to date); each column then trains under &lt;output&gt;/experiments/&lt;table&gt;/ and is scored on the labelled test-patch pixels of the target tile against the declarations and, on synthetic scenes, the truth. Finished columns are reused, so an interrupted experiment resumes. Writes &lt;output&gt;/experiments/&lt;table&gt;.json, .csv and .html and prints the table. `cropmap experiment cv TABLE.csv --out DIR` instead cross-validates models group-wise on a sample table.</source>
        <translation>Einen der Vergleiche der Ausgangsstudie auf einem Projekt wiederholen. Zuerst läuft die Pipeline des Projekts bis zu den Stichproben (übersprungen, wenn aktuell); dann trainiert jede Spalte unter &lt;output&gt;/experiments/&lt;table&gt;/ und wird auf den beschrifteten Pixeln der Test-Patches der Zielkachel gegen die Deklarationen und, bei synthetischen Szenen, gegen die Wahrheit bewertet. Fertige Spalten werden wiederverwendet, sodass ein unterbrochenes Experiment fortgesetzt wird. Schreibt &lt;output&gt;/experiments/&lt;table&gt;.json, .csv und .html und gibt die Tabelle aus. `cropmap experiment cv TABLE.csv --out DIR` kreuzvalidiert stattdessen Modelle gruppenweise auf einer Stichprobentabelle.</translation>
    </message>
    <message>
        <source>experiment needs a table (table1, table2 or table3) and a project file</source>
        <translation>experiment braucht eine Tabelle (table1, table2 oder table3) und eine Projektdatei</translation>
    </message>
    <message>
        <source>--repeats needs a whole number, not &quot;%1&quot;</source>
        <translation>--repeats braucht eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--seeds needs whole numbers separated by commas, not &quot;%1&quot;</source>
        <translation>--seeds braucht durch Kommas getrennte ganze Zahlen, nicht „%1“</translation>
    </message>
    <message>
        <source>--seeds needs at least one seed</source>
        <translation>--seeds braucht mindestens einen Seed</translation>
    </message>
    <message>
        <source>Tables in %1.json, .csv and .html</source>
        <translation>Tabellen in %1.json, .csv und .html</translation>
    </message>
    <message>
        <source>experiment canceled; finished columns are kept and a re-run resumes</source>
        <translation>experiment abgebrochen; fertige Spalten bleiben erhalten, ein erneuter Lauf setzt dort fort</translation>
    </message>
    <message>
        <source>The weak model that judges the pool</source>
        <translation>Das schwache Modell, das den Pool beurteilt</translation>
    </message>
    <message>
        <source>Every eroded labelled pixel of the train patches (samples/pool/train.samples)</source>
        <translation>Jedes erodierte beschriftete Pixel der Trainings-Patches (samples/pool/train.samples)</translation>
    </message>
    <message>
        <source>The weak training set (its n_u per class caps the final set)</source>
        <translation>Die schwache Trainingsmenge (ihr n_u je Klasse begrenzt die endgültige Menge)</translation>
    </message>
    <message>
        <source>Validation set (needed with --crossfit-folds)</source>
        <translation>Validierungsmenge (nötig mit --crossfit-folds)</translation>
    </message>
    <message>
        <source>Folder of &lt;TILE&gt;/&lt;TILE&gt;_composites.vrt: also write &lt;TILE&gt;_reliable.tif (1 kept, 2 disagreeing, 3 low confidence)</source>
        <translation>Ordner mit &lt;TILE&gt;/&lt;TILE&gt;_composites.vrt: zusätzlich &lt;TILE&gt;_reliable.tif schreiben (1 behalten, 2 abweichend, 3 geringe Konfidenz)</translation>
    </message>
    <message>
        <source>seed, adaptive (default), parcel or none</source>
        <translation>seed, adaptive (Vorgabe), parcel oder none</translation>
    </message>
    <message>
        <source>seed rule: share (%) of each class&apos;s candidates dropped from the bottom (default 25)</source>
        <translation>Regel „seed“: Anteil (%) der Kandidaten jeder Klasse, der am unteren Ende verworfen wird (Vorgabe 25)</translation>
    </message>
    <message>
        <source>adaptive rule: classes whose disagreement rate is below this are kept whole (default 0.05)</source>
        <translation>Regel „adaptive“: Klassen, deren Abweichungsrate darunter liegt, werden ganz behalten (Vorgabe 0.05)</translation>
    </message>
    <message>
        <source>parcel rule: drop a parcel when fewer of its pixels agree (default 0.5)</source>
        <translation>Regel „parcel“: einen Schlag verwerfen, wenn ein kleinerer Anteil seiner Pixel übereinstimmt (Vorgabe 0.5)</translation>
    </message>
    <message>
        <source>parcel rule: skip a class whose dropped share would exceed this (default 0.5)</source>
        <translation>Regel „parcel“: eine Klasse überspringen, deren verworfener Anteil diesen Wert übersteigen würde (Vorgabe 0.5)</translation>
    </message>
    <message>
        <source>Judge each pixel with a model trained without its fold (k ≥ 2; default 0: off)</source>
        <translation>Jedes Pixel mit einem Modell beurteilen, das ohne seinen Fold trainiert wurde (k ≥ 2; Vorgabe 0: aus)</translation>
    </message>
    <message>
        <source>Select reliable samples: the weak model judges every pool pixel; candidates are pixels whose prediction equals their declaration; the rule keeps the reliable ones; the final training set is drawn from them with the weak set&apos;s n_u per class, capped by the pool. Writes final_train.samples and selection.json (per-class counts, r_u, and on synthetic data the cleaning&apos;s precision and recall against the truth).</source>
        <translation>Zuverlässige Stichproben auswählen: Das schwache Modell beurteilt jedes Pool-Pixel; Kandidaten sind Pixel, deren Vorhersage ihrer Deklaration entspricht; die Regel behält die zuverlässigen; die endgültige Trainingsmenge wird aus ihnen mit dem n_u je Klasse der schwachen Menge gezogen, begrenzt durch den Pool. Schreibt final_train.samples und selection.json (Anzahlen je Klasse, r_u und bei synthetischen Daten Präzision und Trefferquote der Bereinigung gegenüber der Wahrheit).</translation>
    </message>
    <message>
        <source>select needs --%1</source>
        <translation>select braucht --%1</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>--crossfit-folds needs --val</source>
        <translation>--crossfit-folds braucht --val</translation>
    </message>
    <message>
        <source>%1 pool pixels, %2 candidates, %3 kept; final training set of %4 samples in %5</source>
        <translation>%1 Pool-Pixel, %2 Kandidaten, %3 behalten; endgültige Trainingsmenge aus %4 Stichproben in %5</translation>
    </message>
    <message>
        <source>cleaning against the truth: removed %1 pixels, %2 wrongly declared; precision %3, recall %4</source>
        <translation>Bereinigung gegenüber der Wahrheit: %1 Pixel entfernt, davon %2 falsch deklariert; Präzision %3, Trefferquote %4</translation>
    </message>
    <message>
        <source>– (nothing removed)</source>
        <translation>– (nichts entfernt)</translation>
    </message>
    <message>
        <source>select canceled; no output was replaced</source>
        <translation>select abgebrochen; keine Ausgabe wurde ersetzt</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Finding the truly wrong declarations (parcels):</source>
        <translation>Auffinden der tatsächlich falschen Deklarationen (Schläge):</translation>
    </message>
    <message>
        <source>test-set parcels</source>
        <translation>Schläge der Testmenge</translation>
    </message>
    <message>
        <source>all parcels</source>
        <translation>alle Schläge</translation>
    </message>
    <message>
        <source>Project file (JSON) whose maps to check</source>
        <translation>Projektdatei (JSON), deren Karten geprüft werden</translation>
    </message>
    <message>
        <source>Agreement from which a declaration agrees (default: the project&apos;s check.agree, else %1)</source>
        <translation>Übereinstimmung, ab der eine Deklaration als übereinstimmend gilt (Vorgabe: check.agree des Projekts, sonst %1)</translation>
    </message>
    <message>
        <source>Agreement under which a declaration disagrees (default: the project&apos;s check.disagree, else %1)</source>
        <translation>Übereinstimmung, unter der eine Deklaration als abweichend gilt (Vorgabe: check.disagree des Projekts, sonst %1)</translation>
    </message>
    <message>
        <source>Fewer mapped eroded pixels make a parcel &quot;too small&quot; (default: the project&apos;s check.min_pixels, else %1)</source>
        <translation>Mit weniger kartierten erodierten Pixeln ist ein Schlag „zu klein“ (Vorgabe: check.min_pixels des Projekts, sonst %1)</translation>
    </message>
    <message>
        <source>Write the thresholds given here into the project file</source>
        <translation>Die hier angegebenen Schwellenwerte in die Projektdatei schreiben</translation>
    </message>
    <message>
        <source>Check again even when up to date</source>
        <translation>Auch dann erneut prüfen, wenn aktuell</translation>
    </message>
    <message>
        <source>Check every declared parcel of a legend class against the project&apos;s class maps (the pipeline&apos;s check step; needs the steps up to classify, and evaluate for the report section). Writes &lt;output&gt;/check/parcels.gpkg with parcels.qml, summary.json and summary.csv, and adds the summary to &lt;output&gt;/reports/accuracy.html. Status: agrees when the share of mapped eroded pixels of the declared class is at least --agree, disagrees under --disagree, doubtful between, too small under --min-pixels.</source>
        <translation>Jeden deklarierten Schlag einer Legendenklasse gegen die Klassenkarten des Projekts prüfen (der Prüfschritt der Pipeline; braucht die Schritte bis classify, und evaluate für den Berichtsabschnitt). Schreibt &lt;output&gt;/check/parcels.gpkg mit parcels.qml, summary.json und summary.csv und ergänzt die Übersicht in &lt;output&gt;/reports/accuracy.html. Status: übereinstimmend, wenn der Anteil kartierter erodierter Pixel der deklarierten Klasse mindestens --agree beträgt, abweichend unter --disagree, zweifelhaft dazwischen, zu klein unter --min-pixels.</translation>
    </message>
    <message>
        <source>check needs exactly one project file</source>
        <translation>check braucht genau eine Projektdatei</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 braucht eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>the check thresholds</source>
        <translation>die Prüfschwellen</translation>
    </message>
    <message>
        <source>Checked parcels in %1</source>
        <translation>Geprüfte Schläge in %1</translation>
    </message>
    <message>
        <source>check canceled; earlier outputs are kept</source>
        <translation>check abgebrochen; frühere Ausgaben bleiben erhalten</translation>
    </message>
    <message>
        <source>Train an ensemble of n networks (seeds seed, seed + 1, …) whose class probabilities are averaged; one model file holds them all (default 0, auto: %1 on a table with --csv-group-column and up to %2 training samples, each network holding out its own groups; 1 otherwise)</source>
        <translation>Ein Ensemble aus n Netzen trainieren (Seeds seed, seed + 1, …), deren Klassenwahrscheinlichkeiten gemittelt werden; eine Modelldatei enthält sie alle (Vorgabe 0, auto: %1 bei einer Tabelle mit --csv-group-column und bis zu %2 Trainingsstichproben, jedes Netz hält eigene Gruppen zurück; sonst 1)</translation>
    </message>
    <message>
        <source>Trainings per model and fold, with training seeds seed, seed+1, … on the same folds and validation splits: each fold&apos;s figures are the mean of its runs, and the mean per seed shows how much the result moves from training noise alone (default 1)</source>
        <translation>Trainings je Modell und Fold mit den Trainings-Seeds seed, seed+1, … auf denselben Folds und Validierungsaufteilungen: die Werte eines Folds sind das Mittel seiner Läufe, und das Mittel je Seed zeigt, wie weit sich das Ergebnis allein durch das Rauschen des Trainings bewegt (Vorgabe 1)</translation>
    </message>
    <message>
        <source>--folds, --seed, --threads and --repeats take whole numbers</source>
        <translation>--folds, --seed, --threads und --repeats erwarten ganze Zahlen</translation>
    </message>
</context>
<context>
    <name>cropmap::app::SampleInputFlags</name>
    <message>
        <source>CSV tables: value × scale = sample value (0.0001 for reflectance × 10000; default 1)</source>
        <translation>CSV-Tabellen: Wert × Skala = Stichprobenwert (0.0001 für Reflexion × 10000; Vorgabe 1)</translation>
    </message>
    <message>
        <source>CSV tables: label column name, or 1-based number with --csv-no-header (default label / 1)</source>
        <translation>CSV-Tabellen: Name der Label-Spalte oder 1-basierte Nummer mit --csv-no-header (Vorgabe label / 1)</translation>
    </message>
    <message>
        <source>CSV tables: group (polygon or parcel id) column; splits keep groups whole</source>
        <translation>CSV-Tabellen: Gruppenspalte (Polygon- oder Schlag-ID); Aufteilungen halten Gruppen zusammen</translation>
    </message>
    <message>
        <source>CSV tables: date-major (t1_B02, t1_B03, …; default) or band-major</source>
        <translation>CSV-Tabellen: datumsweise (t1_B02, t1_B03, …; Vorgabe) oder bandweise</translation>
    </message>
    <message>
        <source>CSV tables: field delimiter (default &apos;,&apos;; &apos;tab&apos; for tabs)</source>
        <translation>CSV-Tabellen: Feldtrenner (Vorgabe &apos;,&apos;; &apos;tab&apos; für Tabulatoren)</translation>
    </message>
    <message>
        <source>CSV tables: no header row</source>
        <translation>CSV-Tabellen: keine Kopfzeile</translation>
    </message>
    <message>
        <source>--csv-steps takes a whole number ≥ 1, not &quot;%1&quot;</source>
        <translation>--csv-steps erwartet eine ganze Zahl ≥ 1, nicht „%1“</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; needs --csv-bands and --csv-steps to tell its value columns apart</source>
        <translation>Die Tabelle „%1“ braucht --csv-bands und --csv-steps, um ihre Wertspalten zu unterscheiden</translation>
    </message>
    <message>
        <source>CSV tables: band names, in the table&apos;s order within a step (evaluate --model defaults to the model&apos;s)</source>
        <translation>CSV-Tabellen: Bandnamen in der Reihenfolge der Tabelle innerhalb eines Zeitschritts (evaluate --model nimmt standardmäßig die des Modells)</translation>
    </message>
    <message>
        <source>CSV tables: number of time steps T (evaluate --model defaults to the model&apos;s)</source>
        <translation>CSV-Tabellen: Anzahl der Zeitschritte T (evaluate --model nimmt standardmäßig die des Modells)</translation>
    </message>
    <message>
        <source>CSV tables: comma-separated columns that hold no values (e.g. a date), names or 1-based numbers with --csv-no-header</source>
        <translation>CSV-Tabellen: kommagetrennte Spalten ohne Werte (z. B. ein Datum), Namen oder 1-basierte Nummern mit --csv-no-header</translation>
    </message>
    <message>
        <source>CSV tables: the value columns are FIRST to LAST (default: the last column), less label, group and skipped columns; default: every other column</source>
        <translation>CSV-Tabellen: Die Wertspalten sind FIRST bis LAST (Vorgabe: die letzte Spalte), abzüglich Label-, Gruppen- und übersprungener Spalten; Vorgabe: alle übrigen Spalten</translation>
    </message>
    <message>
        <source>CSV tables: labels are class names, codes (ids) or auto (default); the legend&apos;s mapping comes first</source>
        <translation>CSV-Tabellen: Labels sind Klassennamen, Codes (IDs) oder auto (Vorgabe); die Zuordnung der Legende hat Vorrang</translation>
    </message>
    <message>
        <source>CSV tables: legend (JSON or CSV file, or a name like --legend&apos;s): labels go through its mapping, then name its classes; values it ignores leave samples unlabelled (default: the model&apos;s classes, else one class per label; --csv-classes is the same)</source>
        <translation>CSV-Tabellen: Legende (JSON- oder CSV-Datei oder ein Name wie bei --legend): Labels laufen durch ihre Zuordnung und benennen dann ihre Klassen; von ihr ignorierte Werte lassen Stichproben unbeschriftet (Vorgabe: die Klassen des Modells, sonst eine Klasse je Label; --csv-classes ist dasselbe)</translation>
    </message>
</context>
<context>
    <name>cropmap::app::TableFlags</name>
    <message>
        <source>Value columns date-major (t1_B02, t1_B03, …; default) or band-major (B02 at every step, then B03, …)</source>
        <translation>Wertspalten datumsweise (t1_B02, t1_B03, …; Vorgabe) oder bandweise (B02 in jedem Zeitschritt, dann B03, …)</translation>
    </message>
    <message>
        <source>Field delimiter (default &apos;,&apos;; &apos;tab&apos; for tabs)</source>
        <translation>Feldtrenner (Vorgabe &apos;,&apos;; &apos;tab&apos; für Tabulatoren)</translation>
    </message>
    <message>
        <source>Labels are class names, class codes (ids), or auto: a name, else a code (default)</source>
        <translation>Labels sind Klassennamen, Klassencodes (IDs) oder auto: ein Name, sonst ein Code (Vorgabe)</translation>
    </message>
</context>
<context>
    <name>cropmap::core</name>
    <message>
        <source>%1: &quot;%2&quot; is not a usable tile id: tile ids name files and folders, so they must be an MGRS id such as T33UVP, or 1 to 64 letters, digits, &apos;_&apos; and &apos;-&apos; (no path separator, no &quot;..&quot;)</source>
        <translation>%1: „%2“ ist keine verwendbare Kachel-ID: Kachel-IDs benennen Dateien und Ordner, daher müssen sie eine MGRS-ID wie T33UVP sein oder 1 bis 64 Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; (kein Pfadtrenner, kein „..“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would lie outside its output folder &quot;%2&quot;; refusing to write or remove it</source>
        <translation>„%1“ läge außerhalb seines Ausgabeordners „%2“; Schreiben oder Entfernen wird verweigert</translation>
    </message>
</context>
<context>
    <name>cropmap::core::CsvRows</name>
    <message>
        <source>&quot;%1&quot;, line %2: a quoted field is never closed</source>
        <translation>„%1“, Zeile %2: Ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: text after a closing quote</source>
        <translation>„%1“, Zeile %2: Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: a quote inside an unquoted field (quote the whole field and double the inner quotes)</source>
        <translation>„%1“, Zeile %2: ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die inneren)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::Job</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed with an unknown error.</source>
        <translation>%1 mit unbekanntem Fehler fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>cropmap::core::JsonSyntaxError</name>
    <message>
        <source>a trailing comma: no value follows it before the closing bracket</source>
        <translation>ein überzähliges Komma: Vor der schließenden Klammer folgt ihm kein Wert</translation>
    </message>
    <message>
        <source>a value is missing after the colon</source>
        <translation>nach dem Doppelpunkt fehlt ein Wert</translation>
    </message>
    <message>
        <source>a %1 where the %2 at line %3, column %4 is still open</source>
        <translation>ein %1, während das %2 aus Zeile %3, Spalte %4 noch offen ist</translation>
    </message>
    <message>
        <source>the input ends before the %1 at line %2, column %3 is closed</source>
        <translation>die Eingabe endet, bevor das %1 aus Zeile %2, Spalte %3 geschlossen ist</translation>
    </message>
    <message>
        <source>: a quoted key is expected here</source>
        <translation>: Hier wird ein Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>: a comma or a closing brace is missing before this</source>
        <translation>: Davor fehlt ein Komma oder eine schließende geschweifte Klammer</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::MemoryBudget</name>
    <message>
        <source>%1: &quot;%2&quot; is not a memory size; write e.g. 4G, 512M or 2048 (MiB)</source>
        <translation>%1: „%2“ ist keine Speichergröße; schreiben Sie z. B. 4G, 512M oder 2048 (MiB)</translation>
    </message>
    <message>
        <source>%1: %2 is below the smallest budget, 256M</source>
        <translation>%1: %2 liegt unter dem kleinsten Budget, 256M</translation>
    </message>
    <message>
        <source>%1 (a quarter of %2 RAM)</source>
        <translation>%1 (ein Viertel von %2 RAM)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check</name>
    <message>
        <source>The declaration check needs the parcel raster &quot;%1&quot;, which does not exist (run the rasterize step)</source>
        <translation>Die Deklarationsprüfung braucht das Schlagraster „%1“, das nicht existiert (führen Sie den Rasterschritt aus)</translation>
    </message>
    <message>
        <source>the eroded class raster</source>
        <translation>das erodierte Klassenraster</translation>
    </message>
    <message>
        <source>the class map</source>
        <translation>die Klassenkarte</translation>
    </message>
    <message>
        <source>the posterior map</source>
        <translation>die Karte der A-posteriori-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>the probability raster</source>
        <translation>das Wahrscheinlichkeitsraster</translation>
    </message>
    <message>
        <source>the split-set raster</source>
        <translation>das Raster der Aufteilung</translation>
    </message>
    <message>
        <source>Cannot add the field %1 to &quot;%2&quot;: %3</source>
        <translation>Das Feld %1 kann nicht zu „%2“ hinzugefügt werden: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::CheckOptions</name>
    <message>
        <source>%1: the thresholds must satisfy 0 ≤ disagree ≤ agree ≤ 1 (disagree %2, agree %3)</source>
        <translation>%1: Die Schwellen müssen 0 ≤ disagree ≤ agree ≤ 1 erfüllen (disagree %2, agree %3)</translation>
    </message>
    <message>
        <source>%1: &quot;min_pixels&quot; must be at least 1 (got %2)</source>
        <translation>%1: „min_pixels“ muss mindestens 1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: unknown check option &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekannte Prüfoption „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1: the check option &quot;%2&quot; must be a number</source>
        <translation>%1: Die Prüfoption „%2“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: &quot;min_pixels&quot; must be a whole number (got %2)</source>
        <translation>%1: „min_pixels“ muss eine ganze Zahl sein (erhalten: %2)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::CheckSummary</name>
    <message>
        <source>Declared parcels of the legend classes against the map: agrees from an agreement of %1, disagrees under %2, too small under %3 mapped eroded pixels; %4 parcels trained the map&apos;s model (their agreement is optimistic).</source>
        <translation>Deklarierte Schläge der Legendenklassen gegen die Karte: übereinstimmend ab einer Übereinstimmung von %1, abweichend unter %2, zu klein unter %3 kartierten erodierten Pixeln; %4 Schläge haben das Modell der Karte trainiert (ihre Übereinstimmung ist optimistisch).</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Finding the truly wrong declarations (precision / recall, parcels):</source>
        <translation>Auffinden der tatsächlich falschen Deklarationen (Präzision / Trefferquote, Schläge):</translation>
    </message>
    <message>
        <source>test: disagrees</source>
        <translation>Test: abweichend</translation>
    </message>
    <message>
        <source>test: disagrees or doubtful</source>
        <translation>Test: abweichend oder zweifelhaft</translation>
    </message>
    <message>
        <source>test: wrong</source>
        <translation>Test: falsch</translation>
    </message>
    <message>
        <source>all: disagrees</source>
        <translation>alle: abweichend</translation>
    </message>
    <message>
        <source>all: disagrees or doubtful</source>
        <translation>alle: abweichend oder zweifelhaft</translation>
    </message>
    <message>
        <source>all: wrong</source>
        <translation>alle: falsch</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::DeclarationCheck</name>
    <message>
        <source>&quot;%1&quot; has no layer &quot;%2&quot;</source>
        <translation>„%1“ hat keinen Layer „%2“</translation>
    </message>
    <message>
        <source>The declaration check needs %1 &quot;%2&quot;, which does not exist</source>
        <translation>Die Deklarationsprüfung braucht %1 „%2“, das nicht existiert</translation>
    </message>
    <message>
        <source>Declaration check of %1</source>
        <translation>Deklarationsprüfung von %1</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Deklarationsprüfung</translation>
    </message>
    <message>
        <source>Declaration check: no tile to check</source>
        <translation>Deklarationsprüfung: keine Kachel zu prüfen</translation>
    </message>
    <message>
        <source>the parcel raster of the rasterize step</source>
        <translation>das Schlagraster des Rasterschritts</translation>
    </message>
    <message>
        <source>the eroded class raster of the rasterize step</source>
        <translation>das erodierte Klassenraster des Rasterschritts</translation>
    </message>
    <message>
        <source>the class map of the classify step</source>
        <translation>die Klassenkarte des Klassifizierungsschritts</translation>
    </message>
    <message>
        <source>the posterior map of the classify step</source>
        <translation>die Karte der A-posteriori-Wahrscheinlichkeit des Klassifizierungsschritts</translation>
    </message>
    <message>
        <source>the training set of the map&apos;s model</source>
        <translation>die Trainingsmenge des Modells der Karte</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; has no truth field &quot;%3&quot;; its fields are: %4</source>
        <translation>Der Layer „%1“ von „%2“ hat kein Wahrheitsfeld „%3“; seine Felder sind: %4</translation>
    </message>
    <message>
        <source>Reading the maps of %1</source>
        <translation>Die Karten von %1 werden gelesen</translation>
    </message>
    <message>
        <source>Reading the parcels</source>
        <translation>Die Schläge werden gelesen</translation>
    </message>
    <message>
        <source>Writing the checked parcels</source>
        <translation>Die geprüften Schläge werden geschrieben</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::ParcelCheckWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: GDAL lacks the GPKG driver</source>
        <translation>„%1“ kann nicht geschrieben werden: GDAL fehlt der GPKG-Treiber</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the layer parcels in &quot;%1&quot;: %2</source>
        <translation>Der Layer parcels kann in „%1“ nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add the field %1 to &quot;%2&quot;: %3</source>
        <translation>Das Feld %1 kann nicht zu „%2“ hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write parcel %1 to &quot;%2&quot;: %3</source>
        <translation>Der Schlag %1 kann nicht nach „%2“ geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::check::ParcelVerdicts</name>
    <message>
        <source>%1: the verdict of parcel %2 must be an object</source>
        <translation>%1: Das Urteil zu Schlag %2 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; in the verdict of parcel %3 (known: verdict, note)</source>
        <translation>%1: unbekannter Schlüssel „%2“ im Urteil zu Schlag %3 (bekannt: verdict, note)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of parcel %3 must be a string</source>
        <translation>%1: „%2“ von Schlag %3 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: unknown verdict &quot;%2&quot; of parcel %3 (known: declaration confirmed, map confirmed, unsure)</source>
        <translation>%1: unbekanntes Urteil „%2“ zu Schlag %3 (bekannt: declaration confirmed, map confirmed, unsure)</translation>
    </message>
    <message>
        <source>Cannot copy &quot;%1&quot; to write the verdicts</source>
        <translation>„%1“ kann zum Schreiben der Urteile nicht kopiert werden</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot; for writing the verdicts: %2</source>
        <translation>„%1“ kann zum Schreiben der Urteile nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no layer &quot;parcels&quot; with a field parcel_key</source>
        <translation>„%1“ hat keinen Layer „parcels“ mit einem Feld parcel_key</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the verdict of feature %1 to &quot;%2&quot;: %3</source>
        <translation>Das Urteil zu Objekt %1 kann nicht nach „%2“ geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::classify</name>
    <message>
        <source>An LSTM needs at least one layer and one class</source>
        <translation>Ein LSTM braucht mindestens eine Schicht und eine Klasse</translation>
    </message>
    <message>
        <source>LSTM layer weights have the wrong shape</source>
        <translation>Die Gewichte der LSTM-Schicht haben die falsche Form</translation>
    </message>
    <message>
        <source>T = %1 steps</source>
        <translation>T = %1 Zeitschritte</translation>
    </message>
    <message>
        <source> (%1 … %2)</source>
        <translation> (%1 … %2)</translation>
    </message>
    <message>
        <source>, B = %1 bands (%2)</source>
        <translation>, B = %1 Bänder (%2)</translation>
    </message>
    <message>
        <source>%1: the precision must be &quot;float32&quot; or &quot;bfloat16&quot;, not &quot;%2&quot;</source>
        <translation>%1: Die Genauigkeit muss „float32“ oder „bfloat16“ sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>cropmap::core::classify::Classifier</name>
    <message>
        <source>%1 does not fit the model &quot;%2&quot;: the model expects %3, the data has %4</source>
        <translation>%1 passt nicht zum Modell „%2“: Das Modell erwartet %3, die Daten haben %4</translation>
    </message>
</context>
<context>
    <name>cropmap::core::classify::ClassifyJob</name>
    <message>
        <source>Classification of %1</source>
        <translation>Klassifizierung von %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::classify::TileClassifier</name>
    <message>
        <source>Classifying %1</source>
        <translation>%1 wird klassifiziert</translation>
    </message>
    <message>
        <source>Writing the maps of %1</source>
        <translation>Die Karten von %1 werden geschrieben</translation>
    </message>
    <message>
        <source>Classified %1</source>
        <translation>%1 klassifiziert</translation>
    </message>
    <message>
        <source>This CPU has no AVX-512 BF16: %1 is classified in float32</source>
        <translation>Diese CPU hat kein AVX-512 BF16: %1 wird in float32 klassifiziert</translation>
    </message>
    <message>
        <source>Only the seed&apos;s LSTM runs in bfloat16: %1 is classified in float32 by the %2 model</source>
        <translation>Nur das LSTM der Ausgangsstudie rechnet in bfloat16: %1 wird vom Modell %2 in float32 klassifiziert</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite</name>
    <message>
        <source>Warning: tile %1, acquisition %2 skipped: %3</source>
        <translation>Warnung: Kachel %1, Aufnahme %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>Invalid SCL class &quot;%1&quot; in &quot;%2&quot; (classes are 0…255)</source>
        <translation>Ungültige SCL-Klasse „%1“ in „%2“ (Klassen sind 0…255)</translation>
    </message>
    <message>
        <source>Composite &quot;%1&quot; does not exist</source>
        <translation>Das Komposit „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; holds %2 composite stacks (*_composites.vrt); expected one</source>
        <translation>Der Ordner „%1“ enthält %2 Kompositstapel (*_composites.vrt); erwartet wird einer</translation>
    </message>
    <message>
        <source>Tile %1: %2 threads instead of %3, because each keeps %4 files open and the open-file limit is %5 (raise it with ulimit -n)</source>
        <translation>Kachel %1: %2 Threads statt %3, weil jeder %4 Dateien offen hält und die Grenze offener Dateien %5 ist (erhöhen Sie sie mit ulimit -n)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::CompositeJob</name>
    <message>
        <source>Monthly composites</source>
        <translation>Monatskomposite</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message>
        <source>The period %1 matches no acquisition of tile %2 in &quot;%3&quot; (its acquisitions run from %4 to %5)</source>
        <translation>Der Zeitraum %1 trifft keine Aufnahme der Kachel %2 in „%3“ (ihre Aufnahmen reichen von %4 bis %5)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::CompositeOptions</name>
    <message>
        <source>Unknown index &quot;%1&quot; (known: %2)</source>
        <translation>Unbekannter Index „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>No bands to composite</source>
        <translation>Keine Bänder zu kompositieren</translation>
    </message>
    <message>
        <source>Band %1 is listed twice in %2</source>
        <translation>Das Band %1 steht zweimal in %2</translation>
    </message>
    <message>
        <source>The index %1 needs the bands %2 and %3 among --bands (%4)</source>
        <translation>Der Index %1 braucht die Bänder %2 und %3 unter --bands (%4)</translation>
    </message>
    <message>
        <source>Invalid SCL class %1 (classes are 0…255)</source>
        <translation>Ungültige SCL-Klasse %1 (Klassen sind 0…255)</translation>
    </message>
    <message>
        <source>Block size %1 is too small (at least 16 pixels)</source>
        <translation>Die Blockgröße %1 ist zu klein (mindestens 16 Pixel)</translation>
    </message>
    <message>
        <source>Invalid thread count %1</source>
        <translation>Ungültige Thread-Anzahl %1</translation>
    </message>
    <message>
        <source>Invalid BOA offset %1 (a DN offset such as -1000, within ±10000)</source>
        <translation>Ungültiger BOA-Offset %1 (ein DN-Offset wie -1000, innerhalb von ±10000)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::CompositeOutputs</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Cannot move &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>„%1“ kann nicht nach „%2“ verschoben werden: %3</translation>
    </message>
    <message>
        <source>The composites&apos; tile id</source>
        <translation>Die Kachel-ID der Komposite</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::CompositeStack</name>
    <message>
        <source>&quot;%1&quot; is not a composite stack: it needs STEPS and BANDS metadata and steps × bands raster bands (it has %2 bands, %3 steps, %4 bands)</source>
        <translation>„%1“ ist kein Kompositstapel: Er braucht STEPS- und BANDS-Metadaten sowie Zeitschritte × Bänder Rasterbänder (er hat %2 Bänder, %3 Zeitschritte, %4 Bänder)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::MonthlyCompositor</name>
    <message>
        <source>The period %1 matches no acquisition of tile %2 (its acquisitions run from %3 to %4)</source>
        <translation>Der Zeitraum %1 trifft keine Aufnahme der Kachel %2 (ihre Aufnahmen reichen von %3 bis %4)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Compositing %1</source>
        <translation>%1 wird kompositiert</translation>
    </message>
    <message>
        <source>%1 %2: files failed to read during compositing</source>
        <translation>%1 %2: Dateien konnten beim Kompositieren nicht gelesen werden</translation>
    </message>
    <message>
        <source>No acquisition of tile %1 in %2 could be read</source>
        <translation>Keine Aufnahme der Kachel %1 in %2 konnte gelesen werden</translation>
    </message>
    <message>
        <source>Warning: tile %1 has no acquisition in %2; the month is filled in time from its neighbours and counts 0 in the count layer</source>
        <translation>Warnung: Kachel %1 hat keine Aufnahme in %2; der Monat wird zeitlich aus seinen Nachbarn aufgefüllt und zählt 0 im Zähl-Layer</translation>
    </message>
    <message>
        <source>Tile %1: the disk holding %2 has less than %3 times the %4 GB the composites take uncompressed; staging them compressed, which is slower</source>
        <translation>Kachel %1: Der Datenträger mit %2 hat weniger als das %3-Fache der %4 GB, die die Komposite unkomprimiert belegen; sie werden komprimiert zwischengespeichert, was langsamer ist</translation>
    </message>
</context>
<context>
    <name>cropmap::core::composite::Period</name>
    <message>
        <source>A composite period needs a valid first month and at least one month</source>
        <translation>Ein Kompositzeitraum braucht einen gültigen ersten Monat und mindestens einen Monat</translation>
    </message>
    <message>
        <source>Invalid period &quot;%1&quot;: %2 (expected e.g. 2017-09:2018-08)</source>
        <translation>Ungültiger Zeitraum „%1“: %2 (erwartet z. B. 2017-09:2018-08)</translation>
    </message>
    <message>
        <source>not YYYY-MM:YYYY-MM</source>
        <translation>nicht JJJJ-MM:JJJJ-MM</translation>
    </message>
    <message>
        <source>a month is out of range</source>
        <translation>ein Monat liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the last month lies before the first</source>
        <translation>der letzte Monat liegt vor dem ersten</translation>
    </message>
</context>
<context>
    <name>cropmap::core::evaluate</name>
    <message>
        <source>Area estimation: %1 mapped areas for %2 classes</source>
        <translation>Flächenschätzung: %1 kartierte Flächen für %2 Klassen</translation>
    </message>
    <message>
        <source>Area estimation: a mapped area is negative</source>
        <translation>Flächenschätzung: Eine kartierte Fläche ist negativ</translation>
    </message>
    <message>
        <source>Area estimation: the map has no area</source>
        <translation>Flächenschätzung: Die Karte hat keine Fläche</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Overall accuracy (OA)</source>
        <translation>Gesamtgenauigkeit (OA)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <source>Macro F1 (%1 classes in the reference)</source>
        <translation>Makro-F1 (%1 Klassen in der Referenz)</translation>
    </message>
    <message>
        <source>Minimum F1</source>
        <translation>Minimales F1</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Referenz: %1.</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Je Klasse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Reference pixels</source>
        <translation>Referenzpixel</translation>
    </message>
    <message>
        <source>Mapped pixels</source>
        <translation>Kartierte Pixel</translation>
    </message>
    <message>
        <source>PA (recall)</source>
        <translation>PA (Trefferquote)</translation>
    </message>
    <message>
        <source>UA (precision)</source>
        <translation>UA (Präzision)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>n/a: UA of a class never mapped, PA and F1 of a class absent from the reference. A class never mapped has F1 = 0 and counts in macro and minimum F1; a class absent from the reference does not.</source>
        <translation>k. A.: UA einer nie kartierten Klasse, PA und F1 einer in der Referenz fehlenden Klasse. Eine nie kartierte Klasse hat F1 = 0 und zählt im Makro- und minimalen F1; eine in der Referenz fehlende Klasse nicht.</translation>
    </message>
    <message>
        <source>Area-adjusted accuracy and class areas (95 % CI)</source>
        <translation>Flächengewichtete Genauigkeit und Klassenflächen (95-%-KI)</translation>
    </message>
    <message>
        <source>Mapped area (%1)</source>
        <translation>Kartierte Fläche (%1)</translation>
    </message>
    <message>
        <source>Estimated area (%1)</source>
        <translation>Geschätzte Fläche (%1)</translation>
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
        <translation>Gesamtgenauigkeit %1. Geschichteter Schätzer mit den Kartenklassen als Schichten (Olofsson et al. 2014).</translation>
    </message>
    <message>
        <source>Mapped classes without any test pixel (their area is not redistributed): %1</source>
        <translation>Kartierte Klassen ohne Testpixel (ihre Fläche wird nicht umverteilt): %1</translation>
    </message>
    <message>
        <source>this map</source>
        <translation>diese Karte</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
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
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>F1 %1</source>
        <translation>F1 %1</translation>
    </message>
    <message>
        <source>Reliable samples</source>
        <translation>Zuverlässige Stichproben</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Regel: %1.</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Beschriftet</translation>
    </message>
    <message>
        <source>Agreeing</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <source>r_u</source>
        <translation>r_u</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Dropped (disagreeing)</source>
        <translation>Verworfen (abweichend)</translation>
    </message>
    <message>
        <source>Dropped (agreeing)</source>
        <translation>Verworfen (übereinstimmend)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Wrongly declared pixels</source>
        <translation>Falsch deklarierte Pixel</translation>
    </message>
    <message>
        <source>Removed pixels</source>
        <translation>Entfernte Pixel</translation>
    </message>
    <message>
        <source>Cleaning precision (removed wrong / removed)</source>
        <translation>Präzision der Bereinigung (entfernt falsch / entfernt)</translation>
    </message>
    <message>
        <source>Cleaning recall (removed wrong / all wrong)</source>
        <translation>Trefferquote der Bereinigung (entfernt falsch / alle falsch)</translation>
    </message>
    <message>
        <source>Correct pixels kept</source>
        <translation>Behaltene korrekte Pixel</translation>
    </message>
    <message>
        <source>Accuracy report</source>
        <translation>Genauigkeitsbericht</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>PA, UA and F1 per class</source>
        <translation>PA, UA und F1 je Klasse</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the value %2, which is not a class id 0…255</source>
        <translation>„%1“ enthält den Wert %2, der keine Klassen-ID 0…255 ist</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds class id %2, which the class table does not define</source>
        <translation>„%1“ enthält die Klassen-ID %2, die die Klassentabelle nicht definiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; assigns sets by patch: pixels of parcels that straddle a patch border are scored by the patch, not by their parcel&apos;s set (a training parcel&apos;s pixels can count as test). Use &lt;TILE&gt;_sets.tif from `cropmap sample` as the mask instead</source>
        <translation>„%1“ teilt die Mengen nach Patch zu: Pixel von Schlägen, die eine Patchgrenze überspannen, werden nach dem Patch bewertet, nicht nach der Menge ihres Schlags (Pixel eines Trainingsschlags können als Test zählen). Verwenden Sie stattdessen &lt;TILE&gt;_sets.tif aus `cropmap sample` als Maske</translation>
    </message>
    <message>
        <source>Measuring the mapped area of %1</source>
        <translation>Die kartierte Fläche von %1 wird gemessen</translation>
    </message>
    <message>
        <source>Area estimation: %1 cluster ids for %2 reference and %3 mapped pixels</source>
        <translation>Flächenschätzung: %1 Cluster-IDs für %2 Referenz- und %3 kartierte Pixel</translation>
    </message>
    <message>
        <source>%1: cluster %2 of the area estimate: %3</source>
        <translation>%1: Cluster %2 der Flächenschätzung: %3</translation>
    </message>
    <message>
        <source>expected [map class, reference class, count, …]</source>
        <translation>erwartet [Kartenklasse, Referenzklasse, Anzahl, …]</translation>
    </message>
    <message>
        <source>a class index outside 0…%1</source>
        <translation>ein Klassenindex außerhalb von 0…%1</translation>
    </message>
    <message>
        <source>a count that is not a positive integer</source>
        <translation>eine Anzahl, die keine positive ganze Zahl ist</translation>
    </message>
    <message>
        <source>Area estimation: a cluster&apos;s class lies outside the %1 classes</source>
        <translation>Flächenschätzung: die Klasse eines Clusters liegt außerhalb der %1 Klassen</translation>
    </message>
    <message>
        <source>Area estimation: the clusters hold %1 pixels of reference class %2 mapped as %3, the confusion matrix %4</source>
        <translation>Flächenschätzung: die Cluster enthalten %1 Pixel der Referenzklasse %2, kartiert als %3, die Konfusionsmatrix %4</translation>
    </message>
    <message>
        <source>Standard errors at cluster level: %L1 parcels, each one cluster.</source>
        <translation>Standardfehler auf Cluster-Ebene: %L1 Parzellen, jede ein Cluster.</translation>
    </message>
    <message>
        <source>Standard errors at pixel level (pixels taken as independent).</source>
        <translation>Standardfehler auf Pixelebene (Pixel als unabhängig angenommen).</translation>
    </message>
</context>
<context>
    <name>cropmap::core::evaluate::AccuracyReport</name>
    <message>
        <source>%1 is not a cropmap accuracy report</source>
        <translation>%1 ist kein cropmap-Genauigkeitsbericht</translation>
    </message>
    <message>
        <source>%1: the confusion matrix has %2 classes but the class table %3</source>
        <translation>%1: Die Konfusionsmatrix hat %2 Klassen, die Klassentabelle aber %3</translation>
    </message>
    <message>
        <source>%1: %2 mapped areas for %3 classes</source>
        <translation>%1: %2 kartierte Flächen für %3 Klassen</translation>
    </message>
    <message>
        <source>%1: comparison &quot;%2&quot; has %3 classes instead of %4</source>
        <translation>%1: Der Vergleich „%2“ hat %3 statt %4 Klassen</translation>
    </message>
    <message>
        <source>Accuracy report &quot;%1&quot;: %2 classes named for a matrix of %3</source>
        <translation>Genauigkeitsbericht „%1“: %2 Klassen benannt für eine Matrix mit %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::evaluate::ConfusionMatrix</name>
    <message>
        <source>A confusion matrix of %1 classes needs %2 counts, not %3</source>
        <translation>Eine Konfusionsmatrix mit %1 Klassen braucht %2 Zählwerte, nicht %3</translation>
    </message>
    <message>
        <source>Class pair (%1, %2) lies outside the %3 classes of the confusion matrix</source>
        <translation>Das Klassenpaar (%1, %2) liegt außerhalb der %3 Klassen der Konfusionsmatrix</translation>
    </message>
    <message>
        <source>%1 reference classes but %2 predicted classes</source>
        <translation>%1 Referenzklassen, aber %2 vorhergesagte Klassen</translation>
    </message>
    <message>
        <source>Cannot merge confusion matrices of %1 and %2 classes</source>
        <translation>Konfusionsmatrizen mit %1 und %2 Klassen lassen sich nicht zusammenführen</translation>
    </message>
    <message>
        <source>%1: row %2 of the confusion matrix has %3 entries instead of %4</source>
        <translation>%1: Zeile %2 der Konfusionsmatrix hat %3 statt %4 Einträge</translation>
    </message>
    <message>
        <source>%1: entry (%2, %3) of the confusion matrix is not a count</source>
        <translation>%1: Der Eintrag (%2, %3) der Konfusionsmatrix ist kein Zählwert</translation>
    </message>
</context>
<context>
    <name>cropmap::core::experiment</name>
    <message>
        <source>%1 model against the %2 (%, mean ± sd over the repeats)</source>
        <translation>Modell %1 gegenüber %2 (%, Mittelwert ± Std.-Abw. über die Wiederholungen)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>OA</source>
        <translation>OA</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>min F1</source>
        <translation>min. F1</translation>
    </message>
    <message>
        <source>Cost and cleaning</source>
        <translation>Aufwand und Bereinigung</translation>
    </message>
    <message>
        <source>training (s)</source>
        <translation>Training (s)</translation>
    </message>
    <message>
        <source>classifying the test pixels (s)</source>
        <translation>Klassifizieren der Testpixel (s)</translation>
    </message>
    <message>
        <source>training samples</source>
        <translation>Trainingsstichproben</translation>
    </message>
    <message>
        <source>pixels removed by the cleaning</source>
        <translation>durch die Bereinigung entfernte Pixel</translation>
    </message>
    <message>
        <source>of which wrongly declared</source>
        <translation>davon falsch deklariert</translation>
    </message>
    <message>
        <source>cleaning precision</source>
        <translation>Präzision der Bereinigung</translation>
    </message>
    <message>
        <source>cleaning recall</source>
        <translation>Trefferquote der Bereinigung</translation>
    </message>
    <message>
        <source>correct pixels kept</source>
        <translation>behaltene korrekte Pixel</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>(ii) composites, target tile</source>
        <translation>(ii) Komposite, Zielkachel</translation>
    </message>
    <message>
        <source>(iii) composites, other tiles</source>
        <translation>(iii) Komposite, andere Kacheln</translation>
    </message>
    <message>
        <source>(iv) composites, all tiles</source>
        <translation>(iv) Komposite, alle Kacheln</translation>
    </message>
    <message>
        <source>weighted LSTM</source>
        <translation>gewichtetes LSTM</translation>
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
        <translation>Random Forest</translation>
    </message>
    <message>
        <source>The weighted LSTM against MSResNet, InceptionTime, StarRNN and a random forest, all trained on the weak training set of all tiles (the seed&apos;s Table 2).</source>
        <translation>Das gewichtete LSTM gegen MSResNet, InceptionTime, StarRNN und einen Random Forest, alle auf der schwachen Trainingsmenge aller Kacheln trainiert (Tabelle 2 der Ausgangsstudie).</translation>
    </message>
    <message>
        <source>The reliable-sample rules side by side: the weak model, the pool each rule keeps, and the model retrained on it; on synthetic scenes the cleaning&apos;s precision and recall against the truth.</source>
        <translation>Die Regeln für zuverlässige Stichproben nebeneinander: das schwache Modell, der Pool, den jede Regel behält, und das darauf neu trainierte Modell; bei synthetischen Szenen Präzision und Trefferquote der Bereinigung gegenüber der Wahrheit.</translation>
    </message>
    <message>
        <source>%1 on target tile %2</source>
        <translation>%1 auf der Zielkachel %2</translation>
    </message>
    <message>
        <source>%1 — %2 model against the %3, test pixels of %4 (%, F1 per class)
</source>
        <translation>%1 — Modell %2 gegenüber %3, Testpixel von %4 (%, F1 je Klasse)
</translation>
    </message>
    <message>
        <source>cleaning: removed px</source>
        <translation>Bereinigung: entfernte px</translation>
    </message>
    <message>
        <source>cleaning precision %</source>
        <translation>Präzision der Bereinigung %</translation>
    </message>
    <message>
        <source>cleaning recall %</source>
        <translation>Trefferquote der Bereinigung %</translation>
    </message>
    <message>
        <source>Cannot link &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ kann nicht mit „%2“ verknüpft werden</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>(i) whole series, target tile</source>
        <translation>(i) ganze Zeitreihe, Zielkachel</translation>
    </message>
    <message>
        <source>The project&apos;s model trained on the whole series of the target tile (every acquisition date, gaps interpolated), and on the monthly composites of the target tile only, of the other tiles only, and of all tiles (the seed&apos;s Table 1).</source>
        <translation>Das Modell des Projekts, trainiert auf der ganzen Zeitreihe der Zielkachel (jedes Aufnahmedatum, Lücken interpoliert) sowie auf den Monatskompositen nur der Zielkachel, nur der anderen Kacheln und aller Kacheln (Tabelle 1 der Ausgangsstudie).</translation>
    </message>
    <message>
        <source>%1 is in the test part of %2 of the %3 folds only: its samples form %2 group(s)</source>
        <translation>%1 liegt nur in %2 der %3 Folds im Testteil: Seine Stichproben bilden %2 Gruppe(n)</translation>
    </message>
    <message>
        <source>%1-fold cross-validation on %2</source>
        <translation>%1-fache Kreuzvalidierung auf %2</translation>
    </message>
    <message>
        <source>Group-wise, class-stratified %1-fold cross-validation of %2 samples in %3 groups: each model trains on the other folds and is scored on the fold against the table&apos;s labels; mean ± sample standard deviation over the %1 folds (the &quot;repeats&quot; below). The networks stop early on a stratified group validation split of %4 % of the training part; the random forest trains on the whole training part. The folds are in folds.csv.</source>
        <translation>Gruppenweise, nach Klasse geschichtete %1-fache Kreuzvalidierung von %2 Stichproben in %3 Gruppen: Jedes Modell trainiert auf den anderen Folds und wird auf dem Fold gegen die Labels der Tabelle bewertet; Mittelwert ± Stichproben-Standardabweichung über die %1 Folds (die „Wiederholungen“ unten). Die Netze stoppen früh anhand einer geschichteten Gruppen-Validierungsaufteilung von %4 % des Trainingsteils; der Random Forest trainiert auf dem ganzen Trainingsteil. Die Folds stehen in folds.csv.</translation>
    </message>
    <message>
        <source>fold</source>
        <translation>Fold</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>OA %</source>
        <translation>OA %</translation>
    </message>
    <message>
        <source>macro F1 %</source>
        <translation>Makro-F1 %</translation>
    </message>
    <message>
        <source>mean ± sd</source>
        <translation>Mittel ± Std.-Abw.</translation>
    </message>
    <message>
        <source>%1 on the test pixels of every tile</source>
        <translation>%1 auf den Testpixeln aller Kacheln</translation>
    </message>
    <message>
        <source>Every model trained %1 times per fold, with the training seeds %2 to %3 on the same folds and validation splits: a fold&apos;s figures are the means of its %1 runs, and &quot;seed_means&quot; holds the cross-validation&apos;s mean per training seed.</source>
        <translation>Jedes Modell wurde je Fold %1-mal trainiert, mit den Trainings-Seeds %2 bis %3 auf denselben Folds und Validierungsaufteilungen: die Werte eines Folds sind die Mittel seiner %1 Läufe, und &quot;seed_means&quot; enthält das Mittel der Kreuzvalidierung je Trainings-Seed.</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>mean ± sd over seeds</source>
        <translation>Mittel ± Std.-Abw. über Seeds</translation>
    </message>
</context>
<context>
    <name>cropmap::core::experiment::CrossValidationJob</name>
    <message>
        <source>The table %1 has no samples</source>
        <translation>Die Tabelle %1 hat keine Stichproben</translation>
    </message>
    <message>
        <source>Cross-validation needs at least 2 folds, not %1</source>
        <translation>Die Kreuzvalidierung braucht mindestens 2 Folds, nicht %1</translation>
    </message>
    <message>
        <source>Cross-validation needs at least one model</source>
        <translation>Die Kreuzvalidierung braucht mindestens ein Modell</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot; (models: %2, forest)</source>
        <translation>Unbekanntes Modell „%1“ (Modelle: %2, forest)</translation>
    </message>
    <message>
        <source>The model %1 is listed twice</source>
        <translation>Das Modell %1 steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>The validation share must lie between 0 and 1, not %1</source>
        <translation>Der Validierungsanteil muss zwischen 0 und 1 liegen, nicht %1</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>Kreuzvalidierung</translation>
    </message>
    <message>
        <source>fold %1 of %2</source>
        <translation>Fold %1 von %2</translation>
    </message>
    <message>
        <source>%1, fold %2: no validation group for %3 (a single group in the training part)</source>
        <translation>%1, Fold %2: keine Validierungsgruppe für %3 (eine einzige Gruppe im Trainingsteil)</translation>
    </message>
    <message>
        <source>training part of fold %1</source>
        <translation>Trainingsteil von Fold %1</translation>
    </message>
    <message>
        <source>%1, fold %2: up to date, reused</source>
        <translation>%1, Fold %2: aktuell, wiederverwendet</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The table %1 has fewer groups than the %2 folds</source>
        <translation>Die Tabelle %1 hat weniger Gruppen als die %2 Folds</translation>
    </message>
    <message>
        <source>%1, fold %2 of %3</source>
        <translation>%1, Fold %2 von %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The repeats must lie between 1 and 100, not %1</source>
        <translation>Die Wiederholungen müssen zwischen 1 und 100 liegen, nicht %1</translation>
    </message>
    <message>
        <source>%1, fold %2, seed %3: up to date, reused</source>
        <translation>%1, Fold %2, Seed %3: aktuell, wiederverwendet</translation>
    </message>
    <message>
        <source>%1, fold %2 of %3, seed %4 of %5</source>
        <translation>%1, Fold %2 von %3, Seed %4 von %5</translation>
    </message>
</context>
<context>
    <name>cropmap::core::experiment::ExperimentOptions</name>
    <message>
        <source>Unknown experiment &quot;%1&quot;: choose table1 (series and training area), table2 (the LSTM against its baselines) or table3 (the reliable-sample rules)</source>
        <translation>Unbekanntes Experiment „%1“: Wählen Sie table1 (Zeitreihe und Trainingsgebiet), table2 (das LSTM gegen seine Baselines) oder table3 (die Regeln für zuverlässige Stichproben)</translation>
    </message>
    <message>
        <source>Experiment repeats must lie between 1 and 100, not %1</source>
        <translation>Die Wiederholungen eines Experiments müssen zwischen 1 und 100 liegen, nicht %1</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;; its columns are %3</source>
        <translation>%1 hat keine Spalte „%2“; seine Spalten sind %3</translation>
    </message>
    <message>
        <source>table1 compares training on the target tile with training on the other tiles: it needs one target tile, not &quot;%1&quot;</source>
        <translation>table1 vergleicht das Training auf der Zielkachel mit dem Training auf den anderen Kacheln: es braucht eine Zielkachel, nicht „%1“</translation>
    </message>
    <message>
        <source>Give the experiment&apos;s repeats or its seeds, not both</source>
        <translation>Geben Sie die Wiederholungen des Experiments oder seine Seeds an, nicht beides</translation>
    </message>
    <message>
        <source>An experiment runs at most 100 seeds, not %1</source>
        <translation>Ein Experiment läuft mit höchstens 100 Seeds, nicht %1</translation>
    </message>
    <message>
        <source>Experiment seeds are whole numbers from 0, not %1</source>
        <translation>Experiment-Seeds sind ganze Zahlen ab 0, nicht %1</translation>
    </message>
    <message>
        <source>Experiment seed %1 is given twice</source>
        <translation>Der Experiment-Seed %1 ist zweimal angegeben</translation>
    </message>
</context>
<context>
    <name>cropmap::core::experiment::ExperimentRunner</name>
    <message>
        <source>The target tile %1 is not a tile of the project %2 (its tiles: %3)</source>
        <translation>Die Zielkachel %1 ist keine Kachel des Projekts %2 (seine Kacheln: %3)</translation>
    </message>
    <message>
        <source>The target tile %1 has no labelled pixel in a test patch (%2): choose another tile with --target-tile, or more patches in the project&apos;s split</source>
        <translation>Die Zielkachel %1 hat kein beschriftetes Pixel in einem Test-Patch (%2): Wählen Sie mit --target-tile eine andere Kachel oder mehr Patches in der Aufteilung des Projekts</translation>
    </message>
    <message>
        <source>Column %1 of %2 has no training or validation samples</source>
        <translation>Die Spalte %1 von %2 hat keine Trainings- oder Validierungsstichproben</translation>
    </message>
    <message>
        <source>%1, seed %2: up to date, reused</source>
        <translation>%1, Seed %2: aktuell, wiederverwendet</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>table1 compares the target tile with the other tiles, but project %1 has one tile only</source>
        <translation>table1 vergleicht die Zielkachel mit den anderen Kacheln, aber das Projekt %1 hat nur eine Kachel</translation>
    </message>
    <message>
        <source>%1: target tile %2, %3 labelled test pixels</source>
        <translation>%1: Zielkachel %2, %3 beschriftete Testpixel</translation>
    </message>
    <message>
        <source>%1: %2, seed %3</source>
        <translation>%1: %2, Seed %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1, seed %2: up to date; its confusion matrices added</source>
        <translation>%1, Seed %2: aktuell; seine Konfusionsmatrizen ergänzt</translation>
    </message>
    <message>
        <source>The project&apos;s step %1 is out of date (%2): run the pipeline up to %3 first, so that the experiment compares on the project&apos;s current outputs</source>
        <translation>Der Schritt %1 des Projekts ist veraltet (%2): Führen Sie zuerst die Pipeline bis %3 aus, damit das Experiment auf den aktuellen Ausgaben des Projekts vergleicht</translation>
    </message>
    <message>
        <source>Cannot copy the weak model &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Das schwache Modell „%1“ kann nicht nach „%2“ kopiert werden</translation>
    </message>
    <message>
        <source>%1, seed %2: the weak model of seed %2 (the same samples and options), reused: %3</source>
        <translation>%1, Seed %2: das schwache Modell von Seed %2 (dieselben Stichproben und Optionen), wiederverwendet: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::forest</name>
    <message>
        <source>&quot;%1&quot; is not a readable cropmap random forest file: %2</source>
        <translation>„%1“ ist keine lesbare cropmap-Random-Forest-Datei: %2</translation>
    </message>
    <message>
        <source>Unusable random forest options: trees %1, max depth %2, min samples per leaf %3, features per split %4, sample fraction %5, threads %6, bins %7</source>
        <translation>Unbrauchbare Random-Forest-Optionen: Bäume %1, maximale Tiefe %2, min. Stichproben je Blatt %3, Merkmale je Split %4, Stichprobenanteil %5, Threads %6, Bins %7</translation>
    </message>
</context>
<context>
    <name>cropmap::core::forest::RandomForest</name>
    <message>
        <source>Cannot train a random forest: the sample set has no labelled samples</source>
        <translation>Ein Random Forest kann nicht trainiert werden: Die Stichprobenmenge hat keine beschrifteten Stichproben</translation>
    </message>
    <message>
        <source>Cannot train a random forest: it needs at least two classes, the sample set has %1</source>
        <translation>Ein Random Forest kann nicht trainiert werden: Er braucht mindestens zwei Klassen, die Stichprobenmenge hat %1</translation>
    </message>
    <message>
        <source>%1 has %2 steps × bands %3, but the random forest was trained on %4 steps × bands %5</source>
        <translation>%1 hat %2 Zeitschritte × Bänder %3, aber der Random Forest wurde auf %4 Zeitschritten × Bändern %5 trainiert</translation>
    </message>
    <message>
        <source>Cannot open random forest file &quot;%1&quot;: %2</source>
        <translation>Die Random-Forest-Datei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>falsche Signatur</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>format version %1</source>
        <translation>Formatversion %1</translation>
    </message>
    <message>
        <source>it holds a &quot;%1&quot;, not a random forest</source>
        <translation>sie enthält „%1“, keinen Random Forest</translation>
    </message>
    <message>
        <source>inconsistent header</source>
        <translation>inkonsistenter Kopf</translation>
    </message>
    <message>
        <source>bad section table</source>
        <translation>fehlerhafte Abschnittstabelle</translation>
    </message>
    <message>
        <source>Binning %1 features</source>
        <translation>%1 Merkmale werden diskretisiert</translation>
    </message>
    <message>
        <source>Growing trees: %1 of %2</source>
        <translation>Bäume wachsen: %1 von %2</translation>
    </message>
    <message>
        <source>it was written by an earlier cropmap whose forests ran on XGBoost; train the forest again</source>
        <translation>sie wurde von einem früheren cropmap geschrieben, dessen Forests auf XGBoost liefen; trainieren Sie den Forest neu</translation>
    </message>
    <message>
        <source>bad tree table</source>
        <translation>fehlerhafte Baumtabelle</translation>
    </message>
    <message>
        <source>tree %1 is damaged</source>
        <translation>Baum %1 ist beschädigt</translation>
    </message>
    <message>
        <source>header is not valid JSON (%1)</source>
        <translation>Kopf ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>Kopf ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io</name>
    <message>
        <source>Cannot create folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>„%1“ kann nicht in „%2“ umbenannt werden: %3</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not a readable raster</source>
        <translation>kein lesbares Raster</translation>
    </message>
    <message>
        <source>Cannot open raster &quot;%1&quot;: %2</source>
        <translation>Das Raster „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Raster &quot;%1&quot; has no bands</source>
        <translation>Das Raster „%1“ hat keine Bänder</translation>
    </message>
    <message>
        <source>not a readable vector source</source>
        <translation>keine lesbare Vektorquelle</translation>
    </message>
    <message>
        <source>Cannot open vector &quot;%1&quot;: %2</source>
        <translation>Der Vektor „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Vector &quot;%1&quot; has no layers</source>
        <translation>Der Vektor „%1“ hat keine Layer</translation>
    </message>
    <message>
        <source>The GDAL driver %1 is not available</source>
        <translation>Der GDAL-Treiber %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot parse the acquisition date of &quot;%2&quot;</source>
        <translation>%1: Das Aufnahmedatum von „%2“ kann nicht ermittelt werden</translation>
    </message>
    <message>
        <source>%1 %2: band %3 missing in &quot;%4&quot;, acquisition skipped</source>
        <translation>%1 %2: Band %3 fehlt in „%4“, Aufnahme übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in %2, other bands in %3</source>
        <translation>„%1“ ist in %2, andere Bänder in %3</translation>
    </message>
    <message>
        <source>in %1, the tile&apos;s earlier acquisitions in %2</source>
        <translation>in %1, die früheren Aufnahmen der Kachel in %2</translation>
    </message>
    <message>
        <source>%1 %2: %3; acquisition skipped</source>
        <translation>%1 %2: %3; Aufnahme übersprungen</translation>
    </message>
    <message>
        <source>Unknown CRS EPSG:%1</source>
        <translation>Unbekanntes KBS EPSG:%1</translation>
    </message>
    <message>
        <source>Degenerate geotransform in grid %1</source>
        <translation>Entartete Geotransformation im Gitter %1</translation>
    </message>
    <message>
        <source>unknown CRS</source>
        <translation>unbekanntes KBS</translation>
    </message>
    <message>
        <source>%1 × %2 px at %3 m, %4, x %5…%6, y %7…%8</source>
        <translation>%1 × %2 px zu %3 m, %4, x %5…%6, y %7…%8</translation>
    </message>
    <message>
        <source>Cannot create the overview file &quot;%1&quot;: %2</source>
        <translation>Die Übersichtsdatei „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot build overviews of &quot;%1&quot;: %2</source>
        <translation>Die Übersichten von „%1“ können nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ kann nicht in „%2“ umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot read band %1 of &quot;%2&quot; (window %3,%4 %5×%6): %7</source>
        <translation>Band %1 von „%2“ kann nicht gelesen werden (Fenster %3,%4 %5×%6): %7</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2 (the disk is full: %3 bytes free on %4)</source>
        <translation>„%1“ kann nicht geschrieben werden: %2 (der Datenträger ist voll: %3 Bytes frei auf %4)</translation>
    </message>
    <message>
        <source>the archive&apos;s offset (--boa-offset, archive_boa_offset)</source>
        <translation>der Offset des Archivs (--boa-offset, archive_boa_offset)</translation>
    </message>
    <message>
        <source>the flat archive folder &quot;%1&quot; (its name is the tile id unless --flat-tile-id or the project&apos;s &quot;flat_tile_id&quot; gives one)</source>
        <translation>der flache Archivordner „%1“ (sein Name ist die Kachel-ID, sofern nicht --flat-tile-id oder das „flat_tile_id“ des Projekts eine angibt)</translation>
    </message>
    <message>
        <source>the flat archive&apos;s tile id</source>
        <translation>die Kachel-ID des flachen Archivs</translation>
    </message>
    <message>
        <source>offset none</source>
        <translation>Offset keiner</translation>
    </message>
    <message>
        <source>offset %1 (%2)</source>
        <translation>Offset %1 (%2)</translation>
    </message>
    <message>
        <source>offsets %1 (%2)</source>
        <translation>Offsets %1 (%2)</translation>
    </message>
    <message>
        <source>baseline not recorded</source>
        <translation>Baseline nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Cannot warp %1 into the mosaic&apos;s CRS: %2</source>
        <translation>%1 kann nicht in das KBS des Mosaiks umprojiziert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No raster to mosaic into %1</source>
        <translation>Kein Raster für das Mosaik %1</translation>
    </message>
    <message>
        <source>%1 has no CRS: it cannot enter a mosaic</source>
        <translation>%1 hat kein KBS: Es kann nicht in ein Mosaik aufgenommen werden</translation>
    </message>
    <message>
        <source>%1 is not a north-up raster: it cannot enter a mosaic</source>
        <translation>%1 ist kein nach Norden ausgerichtetes Raster: Es kann nicht in ein Mosaik aufgenommen werden</translation>
    </message>
    <message>
        <source>Cannot write the mosaic %1: %2</source>
        <translation>Das Mosaik %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::L2AProductMetadata</name>
    <message>
        <source>assumed for baseline %1: MTD_MSIL2A.xml lists none</source>
        <translation>angenommen für Baseline %1: MTD_MSIL2A.xml nennt keinen</translation>
    </message>
    <message>
        <source>assumed for baseline %1: the product has no MTD_MSIL2A.xml</source>
        <translation>angenommen für Baseline %1: Das Produkt hat keine MTD_MSIL2A.xml</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: BOA_ADD_OFFSET band_id=&quot;%3&quot; holds &quot;%4&quot;, expected a band number and a number</source>
        <translation>„%1“, Zeile %2: BOA_ADD_OFFSET band_id=„%3“ enthält „%4“, erwartet werden eine Bandnummer und eine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not readable XML (line %2): %3</source>
        <translation>„%1“ ist kein lesbares XML (Zeile %2): %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: BOA_ADD_OFFSET of unknown band_id %2</source>
        <translation>„%1“: BOA_ADD_OFFSET einer unbekannten band_id %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::RasterSource</name>
    <message>
        <source>Raster &quot;%1&quot; has no CRS, so it cannot be put onto the grid %2</source>
        <translation>Das Raster „%1“ hat kein KBS und kann daher nicht auf das Gitter %2 gebracht werden</translation>
    </message>
    <message>
        <source>Cannot resample &quot;%1&quot; onto the grid %2: %3</source>
        <translation>„%1“ kann nicht auf das Gitter %2 umgerechnet werden: %3</translation>
    </message>
    <message>
        <source>Raster &quot;%1&quot; has no band %2 (it has %3)</source>
        <translation>Das Raster „%1“ hat kein Band %2 (es hat %3)</translation>
    </message>
    <message>
        <source>Band %1 of &quot;%2&quot; is of type %3, not Byte</source>
        <translation>Band %1 von „%2“ hat den Typ %3, nicht Byte</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::RasterWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: the grid is empty</source>
        <translation>„%1“ kann nicht geschrieben werden: Das Gitter ist leer</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already committed</source>
        <translation>„%1“ ist bereits übernommen</translation>
    </message>
    <message>
        <source>Cannot write band %1 of &quot;%2&quot;: it has %3 bands</source>
        <translation>Band %1 von „%2“ kann nicht geschrieben werden: Es hat %3 Bänder</translation>
    </message>
    <message>
        <source>Cannot build overviews of &quot;%1&quot;: %2</source>
        <translation>Die Übersichten von „%1“ können nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the COG &quot;%1&quot;: %2</source>
        <translation>Das COG „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the %1 of &quot;%2&quot;: %3</source>
        <translation>%1 von „%2“ kann nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::Sentinel2Archive</name>
    <message>
        <source>Archive folder &quot;%1&quot; does not exist</source>
        <translation>Der Archivordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot; is not a folder</source>
        <translation>Das Archiv „%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>No Sentinel-2 acquisitions found in &quot;%1&quot; (looked for L2A .SAFE products, &lt;TILE&gt;/&lt;YYYYMMDD&gt;/&lt;BAND&gt;.tif folders and *_&lt;YYYYMMDD&gt;_&lt;BAND&gt;.tif files%2)</source>
        <translation>Keine Sentinel-2-Aufnahmen in „%1“ gefunden (gesucht wurden L2A-.SAFE-Produkte, Ordner &lt;TILE&gt;/&lt;YYYYMMDD&gt;/&lt;BAND&gt;.tif und Dateien *_&lt;YYYYMMDD&gt;_&lt;BAND&gt;.tif%2)</translation>
    </message>
    <message>
        <source> of tiles %1</source>
        <translation> der Kacheln %1</translation>
    </message>
    <message>
        <source>tile %1 has no usable acquisition:
  %2</source>
        <translation>Kachel %1 hat keine verwendbare Aufnahme:
  %2</translation>
    </message>
    <message>
        <source>No usable acquisitions in &quot;%1&quot;: %2</source>
        <translation>Keine verwendbaren Aufnahmen in „%1“: %2</translation>
    </message>
    <message>
        <source>Tiles of &quot;%1&quot; are in different CRSs: %2 (%3) is in %4, %5 (%6) in %7; put them in one CRS or restrict the tiles</source>
        <translation>Die Kacheln von „%1“ liegen in verschiedenen KBS: %2 (%3) in %4, %5 (%6) in %7; bringen Sie sie in ein KBS oder schränken Sie die Kacheln ein</translation>
    </message>
    <message>
        <source>Tile %1 is not in the archive &quot;%2&quot; (tiles: %3)</source>
        <translation>Die Kachel %1 ist nicht im Archiv „%2“ (Kacheln: %3)</translation>
    </message>
    <message numerus="yes">
        <source>Archive %1 (layout: %2), %n tile(s)
</source>
        <translation>
            <numerusform>Archiv %1 (Aufbau: %2), %n Kachel
</numerusform>
            <numerusform>Archiv %1 (Aufbau: %2), %n Kacheln
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Tile %1: %2 acquisitions, %3 to %4
</source>
        <translation>
Kachel %1: %2 Aufnahmen, %3 bis %4
</translation>
    </message>
    <message>
        <source>  grid: %1
</source>
        <translation>  Gitter: %1
</translation>
    </message>
    <message>
        <source>  bands found: %1
</source>
        <translation>  gefundene Bänder: %1
</translation>
    </message>
    <message>
        <source>  mask: %1
</source>
        <translation>  Maske: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  acquisitions per month:</source>
        <translation>  Aufnahmen je Monat:</translation>
    </message>
    <message>
        <source>  skipped or missing (%1):
</source>
        <translation>  übersprungen oder fehlend (%1):
</translation>
    </message>
    <message>
        <source>  missing: nothing
</source>
        <translation>  fehlend: nichts
</translation>
    </message>
    <message>
        <source>  processing baseline and BOA_ADD_OFFSET added to the DNs, per acquisition:
</source>
        <translation>  Processing Baseline und zu den DNs addierter BOA_ADD_OFFSET, je Aufnahme:
</translation>
    </message>
</context>
<context>
    <name>cropmap::core::io::StagedFolder</name>
    <message>
        <source>Cannot create folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already committed</source>
        <translation>„%1“ ist bereits übernommen</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>„%1“ kann nicht in „%2“ umbenannt werden: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model</name>
    <message>
        <source>Unknown model &quot;%1&quot; (choose one of %2)</source>
        <translation>Unbekanntes Modell „%1“ (wählen Sie eines von %2)</translation>
    </message>
    <message>
        <source>%1: invalid LSTM layer sizes</source>
        <translation>%1: ungültige LSTM-Schichtgrößen</translation>
    </message>
    <message>
        <source>%1: dropout %2 is not below 1</source>
        <translation>%1: Dropout %2 ist nicht kleiner als 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable cropmap model file: %2</source>
        <translation>„%1“ ist keine lesbare cropmap-Modelldatei: %2</translation>
    </message>
    <message>
        <source>Cannot open model file &quot;%1&quot;: %2</source>
        <translation>Die Modelldatei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>falsche Signatur</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>format version %1 (this cropmap reads %2)</source>
        <translation>Formatversion %1 (dieses cropmap liest %2)</translation>
    </message>
    <message>
        <source>implausible header length</source>
        <translation>unplausible Kopflänge</translation>
    </message>
    <message>
        <source>header is not valid JSON (%1)</source>
        <translation>Kopf ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>T = %1 steps, B = %2 bands (%3)</source>
        <translation>T = %1 Zeitschritte, B = %2 Bänder (%3)</translation>
    </message>
    <message>
        <source>Cannot build a %1 model for %2 steps, %3 bands and %4 classes</source>
        <translation>Ein %1-Modell für %2 Zeitschritte, %3 Bänder und %4 Klassen kann nicht gebaut werden</translation>
    </message>
    <message>
        <source>TempCNN needs an odd kernel size, not %1</source>
        <translation>TempCNN braucht eine ungerade Kernelgröße, nicht %1</translation>
    </message>
    <message>
        <source>%1: the stored weights do not fit the network (%2 tensors instead of %3)</source>
        <translation>%1: Die gespeicherten Gewichte passen nicht zum Netz (%2 Tensoren statt %3)</translation>
    </message>
    <message>
        <source>%1: the stored weights do not fit the network (tensor &quot;%2&quot;)</source>
        <translation>%1: Die gespeicherten Gewichte passen nicht zum Netz (Tensor „%2“)</translation>
    </message>
    <message>
        <source>%1: the weights lack tensor &quot;%2&quot;</source>
        <translation>%1: Den Gewichten fehlt der Tensor „%2“</translation>
    </message>
    <message>
        <source>%1: the weights cannot be read (%2)</source>
        <translation>%1: Die Gewichte können nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the optimizer state cannot be read (%2)</source>
        <translation>%1: Der Zustand des Optimierers kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>Invalid training option %1 = %2</source>
        <translation>Ungültige Trainingsoption %1 = %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a training checkpoint</source>
        <translation>„%1“ ist kein Trainings-Checkpoint</translation>
    </message>
    <message>
        <source>Environment variable %1=&quot;%2&quot; is not an integer</source>
        <translation>Die Umgebungsvariable %1=„%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Sample set %1 holds no samples</source>
        <translation>Die Stichprobenmenge %1 enthält keine Stichproben</translation>
    </message>
    <message>
        <source>Sample set %1 has no classes, bands or steps</source>
        <translation>Die Stichprobenmenge %1 hat keine Klassen, Bänder oder Zeitschritte</translation>
    </message>
    <message>
        <source>Invalid hyperparameter grid &quot;%1&quot;: %2</source>
        <translation>Ungültiges Hyperparameter-Raster „%1“: %2</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>Kopf ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Unknown checkpoint criterion &quot;%1&quot; (use loss, f1 or posterior)</source>
        <translation>Unbekanntes Checkpoint-Kriterium „%1“ (verwenden Sie loss, f1 oder posterior)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>A group ensemble needs a split seed for every member</source>
        <translation>Ein Gruppen-Ensemble braucht für jedes Mitglied einen Teilungs-Seed</translation>
    </message>
    <message>
        <source>validation groups of %1</source>
        <translation>Validierungsgruppen von %1</translation>
    </message>
    <message>
        <source>%1 training samples: an ensemble of %2 networks, each holding out its own validation groups (members auto: %2 up to %3 samples, 1 above)</source>
        <translation>%1 Trainingsstichproben: ein Ensemble aus %2 Netzen, jedes mit eigenen zurückgehaltenen Validierungsgruppen (members auto: %2 bis %3 Stichproben, darüber 1)</translation>
    </message>
    <message>
        <source>Ensemble member %1 of %2 (seed %3): %4 groups (%5 samples) train, %6 groups (%7 samples) validation</source>
        <translation>Ensemble-Mitglied %1 von %2 (Seed %3): %4 Gruppen (%5 Stichproben) Training, %6 Gruppen (%7 Stichproben) Validierung</translation>
    </message>
    <message>
        <source>member %1&apos;s validation groups of %2</source>
        <translation>Validierungsgruppen von Mitglied %1 in %2</translation>
    </message>
    <message>
        <source>Ensemble of %1 members, out-of-member on %2 held-out samples: val loss %3, val OA %4, val macro F1 %5</source>
        <translation>Ensemble aus %1 Mitgliedern, außerhalb der Mitglieder an %2 zurückgehaltenen Stichproben: Val.-Verlust %3, Val.-GG %4, Val.-Makro-F1 %5</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::CropModel</name>
    <message>
        <source>%1 does not fit the model: the model expects %2, the data has %3</source>
        <translation>%1 passt nicht zum Modell: Das Modell erwartet %2, die Daten haben %3</translation>
    </message>
    <message>
        <source>Model file &quot;%1&quot;</source>
        <translation>Modelldatei „%1“</translation>
    </message>
    <message>
        <source>Models of different architectures, classes, layouts or normalisations cannot form one ensemble</source>
        <translation>Modelle verschiedener Architekturen, Klassen, Aufbauten oder Normalisierungen können kein gemeinsames Ensemble bilden</translation>
    </message>
    <message>
        <source>An ensemble holds at most %1 members</source>
        <translation>Ein Ensemble enthält höchstens %1 Mitglieder</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::DistributedContext</name>
    <message>
        <source>Data-parallel training: rank %1 of %2 cannot join the group at %3:%4: %5</source>
        <translation>Datenparalleles Training: Rang %1 von %2 kann der Gruppe unter %3:%4 nicht beitreten: %5</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::DistributedSettings</name>
    <message>
        <source>Data-parallel training: rank %1 is outside a world of %2 processes (RANK / SLURM_PROCID)</source>
        <translation>Datenparalleles Training: Rang %1 liegt außerhalb einer Welt von %2 Prozessen (RANK / SLURM_PROCID)</translation>
    </message>
    <message>
        <source>MASTER_PORT=%1 is not a TCP port</source>
        <translation>MASTER_PORT=%1 ist kein TCP-Port</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::GridSearch</name>
    <message>
        <source>Grid point %1 of %2: learning rate %3, dropout %4, batch size %5</source>
        <translation>Rasterpunkt %1 von %2: Lernrate %3, Dropout %4, Batchgröße %5</translation>
    </message>
    <message>
        <source>Best grid point: learning rate %1, dropout %2, batch size %3 (val macro F1 %4)</source>
        <translation>Bester Rasterpunkt: Lernrate %1, Dropout %2, Batchgröße %3 (Val. Makro-F1 %4)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::HyperparameterGrid</name>
    <message>
        <source>&quot;%1&quot; is not key=value,value…</source>
        <translation>„%1“ hat nicht die Form key=value,value…</translation>
    </message>
    <message>
        <source>learning rate &quot;%1&quot; is not positive</source>
        <translation>Lernrate „%1“ ist nicht positiv</translation>
    </message>
    <message>
        <source>dropout &quot;%1&quot; is not in [0, 1)</source>
        <translation>Dropout „%1“ liegt nicht in [0, 1)</translation>
    </message>
    <message>
        <source>batch size &quot;%1&quot; is not a positive integer</source>
        <translation>Batchgröße „%1“ ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (use lr, dropout, batch)</source>
        <translation>unbekannter Schlüssel „%1“ (verwenden Sie lr, dropout, batch)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::ModelFile</name>
    <message>
        <source>section &quot;%1&quot; is missing</source>
        <translation>Abschnitt „%1“ fehlt</translation>
    </message>
    <message>
        <source>bad section table</source>
        <translation>fehlerhafte Abschnittstabelle</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>trailing bytes after the last section</source>
        <translation>überzählige Bytes nach dem letzten Abschnitt</translation>
    </message>
    <message>
        <source>bad section table: section %1 has no name</source>
        <translation>fehlerhafte Abschnittstabelle: Abschnitt %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>bad section table: section &quot;%1&quot; is listed twice</source>
        <translation>fehlerhafte Abschnittstabelle: Abschnitt „%1“ ist zweimal aufgeführt</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::ModelMetadata</name>
    <message>
        <source>&quot;%1&quot; is not a cropmap model file (it is a &quot;%2&quot;)</source>
        <translation>„%1“ ist keine cropmap-Modelldatei (sondern „%2“)</translation>
    </message>
    <message>
        <source>Model file &quot;%1&quot; is inconsistent: bands, steps, classes or normalisation missing or of different lengths</source>
        <translation>Die Modelldatei „%1“ ist inkonsistent: Bänder, Zeitschritte, Klassen oder Normalisierung fehlen oder sind verschieden lang</translation>
    </message>
    <message>
        <source>Model file &quot;%1&quot; names %2 ensemble members (1 to %3 allowed)</source>
        <translation>Die Modelldatei „%1“ nennt %2 Ensemble-Mitglieder (1 bis %3 erlaubt)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::ModelTrainer</name>
    <message>
        <source>(training)</source>
        <translation>(Training)</translation>
    </message>
    <message>
        <source>(validation)</source>
        <translation>(Validierung)</translation>
    </message>
    <message>
        <source>Ensemble member %1 of %2 (seed %3)</source>
        <translation>Ensemble-Mitglied %1 von %2 (Seed %3)</translation>
    </message>
    <message>
        <source>Ensemble of %1 members on %2: val loss %3, val OA %4, val macro F1 %5</source>
        <translation>Ensemble aus %1 Mitgliedern auf %2: Val. Verlust %3, Val. OA %4, Val. Makro-F1 %5</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::TrainJob</name>
    <message>
        <source>Train %1 model</source>
        <translation>%1-Modell trainieren</translation>
    </message>
    <message>
        <source>Reading samples</source>
        <translation>Stichproben werden gelesen</translation>
    </message>
    <message>
        <source>Joining %1 processes at %2:%3</source>
        <translation>%1 Prozesse treten unter %2:%3 bei</translation>
    </message>
    <message>
        <source>best of %1 grid points: #%2, learning rate %3, dropout %4, batch size %5 (table: %6.grid.csv)</source>
        <translation>bester von %1 Rasterpunkten: #%2, Lernrate %3, Dropout %4, Batchgröße %5 (Tabelle: %6.grid.csv)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>cropmap::core::model::TrainingRun</name>
    <message>
        <source>No checkpoint &quot;%1&quot; yet: training starts afresh</source>
        <translation>Noch kein Checkpoint „%1“: Das Training beginnt von vorn</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot; was written for other samples or options (model, learning rate, batch size, seed, process count); remove it or train without --resume</source>
        <translation>Der Checkpoint „%1“ wurde für andere Stichproben oder Optionen geschrieben (Modell, Lernrate, Batchgröße, Seed, Prozessanzahl); entfernen Sie ihn oder trainieren Sie ohne --resume</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot;</source>
        <translation>Checkpoint „%1“</translation>
    </message>
    <message>
        <source>Sample sets %1 and %2 use different class tables</source>
        <translation>Die Stichprobenmengen %1 und %2 verwenden verschiedene Klassentabellen</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; has no training samples in %2: it gets weight 0 and the model cannot learn it</source>
        <translation>Die Klasse „%1“ hat keine Trainingsstichproben in %2: Sie bekommt das Gewicht 0 und das Modell kann sie nicht lernen</translation>
    </message>
    <message>
        <source>Sample set %1 has no labelled samples</source>
        <translation>Die Stichprobenmenge %1 hat keine beschrifteten Stichproben</translation>
    </message>
    <message>
        <source>best weights</source>
        <translation>beste Gewichte</translation>
    </message>
    <message>
        <source>Stage %1, step %2 of %3</source>
        <translation>Stufe %1, Schritt %2 von %3</translation>
    </message>
    <message>
        <source>averaged weights</source>
        <translation>gemittelte Gewichte</translation>
    </message>
    <message>
        <source>training weights</source>
        <translation>Trainingsgewichte</translation>
    </message>
    <message>
        <source>stage %1 check %2 (step %3, rate %4): train loss %5, val loss %6, val OA %7, val macro F1 %8, val posterior %9 (%10 s)</source>
        <translation>Stufe %1 Prüfung %2 (Schritt %3, Rate %4): Trainingsverlust %5, Val. Verlust %6, Val. OA %7, Val. Makro-F1 %8, Val. A-posteriori %9 (%10 s)</translation>
    </message>
    <message>
        <source>Resuming from &quot;%1&quot;: stage %2 after check %3 (step %4)</source>
        <translation>Fortsetzung ab „%1“: Stufe %2 nach Prüfung %3 (Schritt %4)</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; has training samples but none in %2: the validation checks cannot judge it, and its F1 counts as 0 in the macro F1</source>
        <translation>Die Klasse „%1“ hat Trainingsstichproben, aber keine in %2: Die Validierungsprüfungen können sie nicht beurteilen, und ihr F1 zählt im Makro-F1 als 0</translation>
    </message>
    <message>
        <source>Refit on the %1 training and validation samples: stage 1 for %2 steps, stage 2 for %3 steps, as the validation checks chose</source>
        <translation>Neuanpassung auf den %1 Trainings- und Validierungsstichproben: Stufe 1 für %2 Schritte, Stufe 2 für %3 Schritte, wie von den Validierungsprüfungen gewählt</translation>
    </message>
    <message>
        <source>refitted weights</source>
        <translation>neu angepasste Gewichte</translation>
    </message>
    <message>
        <source>Schedule: %1 training samples, batch %2 (%3 steps a pass), a validation check every %4 steps, stage 1 at most %5 steps, patience %6 checks</source>
        <translation>Zeitplan: %1 Trainingsstichproben, Batch %2 (%3 Schritte je Durchlauf), eine Validierungsprüfung alle %4 Schritte, Stufe 1 höchstens %5 Schritte, Geduld %6 Prüfungen</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline</name>
    <message>
        <source>%1, line %2: unknown key &quot;%3&quot;%4</source>
        <translation>%1, Zeile %2: unbekannter Schlüssel „%3“%4</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source> (known keys: %1)</source>
        <translation> (bekannte Schlüssel: %1)</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; must be %4</source>
        <translation>%1, Zeile %2: „%3“ muss %4 sein</translation>
    </message>
    <message>
        <source>No labelled test pixel in %1: the test patches hold no eroded parcel</source>
        <translation>Kein beschriftetes Testpixel in %1: Die Test-Patches enthalten keinen erodierten Schlag</translation>
    </message>
    <message>
        <source>Classifying the test pixels</source>
        <translation>Die Testpixel werden klassifiziert</translation>
    </message>
    <message>
        <source>Measuring mapped areas</source>
        <translation>Die kartierten Flächen werden gemessen</translation>
    </message>
    <message>
        <source>%1: accuracy on the test patches</source>
        <translation>%1: Genauigkeit auf den Test-Patches</translation>
    </message>
    <message>
        <source>declarations (eroded)</source>
        <translation>Deklarationen (erodiert)</translation>
    </message>
    <message>
        <source>weak model</source>
        <translation>schwaches Modell</translation>
    </message>
    <message>
        <source>final model</source>
        <translation>finales Modell</translation>
    </message>
    <message>
        <source>%1: accuracy against the synthetic truth</source>
        <translation>%1: Genauigkeit gegenüber der synthetischen Wahrheit</translation>
    </message>
    <message>
        <source>synthetic truth</source>
        <translation>synthetische Wahrheit</translation>
    </message>
    <message>
        <source>%1: &quot;series&quot; in &quot;composite&quot; must be &quot;monthly&quot; or &quot;whole&quot;, not &quot;%2&quot;</source>
        <translation>%1: „series“ in „composite“ muss „monthly“ oder „whole“ sein, nicht „%2“</translation>
    </message>
    <message>
        <source>Judging %1 pool pixels with the weak model</source>
        <translation>%1 Pool-Pixel werden mit dem schwachen Modell beurteilt</translation>
    </message>
    <message>
        <source>Selecting reliable samples</source>
        <translation>Zuverlässige Stichproben werden ausgewählt</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; to fingerprint it: %2</source>
        <translation>„%1“ kann für den Fingerabdruck nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>und %n weitere</translation>
    </message>
    <message>
        <source>%1: &quot;sampling&quot;</source>
        <translation>%1: „sampling“</translation>
    </message>
    <message>
        <source>%1: unknown training option &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekannte Trainingsoption „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>Cross-fitting without the project&apos;s training options: the fold models train with the defaults and the weak model&apos;s architecture</source>
        <translation>Cross-Fitting ohne die Trainingsoptionen des Projekts: Die Fold-Modelle trainieren mit den Voreinstellungen und der Architektur des schwachen Modells</translation>
    </message>
    <message>
        <source>Cross-fitting fold %1 of %2: a weak model on %3 of %4 training samples (seed %5)</source>
        <translation>Cross-Fitting, Fold %1 von %2: ein schwaches Modell auf %3 von %4 Trainingsstichproben (Seed %5)</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; (%2 pixels, %3 agreeing): %4</source>
        <translation>Klasse „%1“ (%2 Pixel, %3 übereinstimmend): %4</translation>
    </message>
    <message>
        <source>Declaration check, parcel by parcel</source>
        <translation>Deklarationsprüfung, Schlag für Schlag</translation>
    </message>
    <message>
        <source>Mapped areas: the class maps inside the crop mask (the declared parcels of legend classes)</source>
        <translation>Kartierte Flächen: die Klassenkarten innerhalb der Kulturmaske (die deklarierten Schläge der Legendenklassen)</translation>
    </message>
    <message>
        <source>Mapped areas: every classified pixel of the class maps (no crop mask: land outside the declared parcels is mapped as crops too)</source>
        <translation>Kartierte Flächen: jedes klassifizierte Pixel der Klassenkarten (keine Kulturmaske: Land außerhalb der deklarierten Schläge wird ebenfalls als Kultur kartiert)</translation>
    </message>
    <message>
        <source>Cross-fitting needs the validation set the fold models stop on</source>
        <translation>Kreuzanpassung braucht den Validierungssatz, an dem die Fold-Modelle anhalten</translation>
    </message>
    <message>
        <source>Judging the pool: %L1 of %L2 pixels</source>
        <translation>Beurteilung des Pools: %L1 von %L2 Pixeln</translation>
    </message>
    <message>
        <source>%1: not recorded by the last run (an earlier version of cropmap)</source>
        <translation>%1: vom letzten Lauf nicht festgehalten (eine frühere Version von cropmap)</translation>
    </message>
    <message>
        <source>, every place counted once across tiles (%1 ha in tile overlaps counted on the first tile only). Test pixels: all eroded pixels of the %2 test parcels. Whole parcels are clusters of alike pixels, not a random sample of pixels: the standard errors and intervals are computed at parcel level (each parcel one cluster). A class that is the reference of no test parcel is estimated at 0 whatever its mapped area.</source>
        <translation>, jeder Ort über die Kacheln hinweg einmal gezählt (%1 ha in Kachelüberlappungen nur auf der ersten Kachel gezählt). Testpixel: alle erodierten Pixel der %2 Testparzellen. Ganze Parzellen sind Cluster ähnlicher Pixel, keine Zufallsstichprobe von Pixeln: Standardfehler und Intervalle werden auf Parzellenebene berechnet (jede Parzelle ein Cluster). Eine Klasse, die Referenz keiner Testparzelle ist, wird unabhängig von ihrer kartierten Fläche mit 0 geschätzt.</translation>
    </message>
    <message>
        <source>Classifying the test pixels: %L1 of %L2</source>
        <translation>Klassifizierung der Testpixel: %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::InputSnapshot</name>
    <message>
        <source>%1 is new</source>
        <translation>%1 ist neu</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 hat sich geändert</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 ist verschwunden</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::PipelineJob</name>
    <message>
        <source>Pipeline of %1</source>
        <translation>Pipeline von %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::PipelineRunner</name>
    <message>
        <source>Unknown step &quot;%1&quot; (steps: %2)</source>
        <translation>Unbekannter Schritt „%1“ (Schritte: %2)</translation>
    </message>
    <message>
        <source>Monthly composites</source>
        <translation>Monatskomposite</translation>
    </message>
    <message>
        <source>Rasterize and erode declarations</source>
        <translation>Flächenangaben rastern und erodieren</translation>
    </message>
    <message>
        <source>Spatial split and weak samples</source>
        <translation>Räumliche Aufteilung und schwache Stichproben</translation>
    </message>
    <message>
        <source>Train the weak model</source>
        <translation>Schwaches Modell trainieren</translation>
    </message>
    <message>
        <source>Select reliable samples</source>
        <translation>Zuverlässige Stichproben auswählen</translation>
    </message>
    <message>
        <source>Retrain on reliable samples</source>
        <translation>Mit zuverlässigen Stichproben neu trainieren</translation>
    </message>
    <message>
        <source>Classify tiles</source>
        <translation>Kacheln klassifizieren</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>%1: up to date, skipped</source>
        <translation>%1: aktuell, übersprungen</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 canceled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 done: %2</source>
        <translation>%1 fertig: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1: &quot;keep&quot; in &quot;select&quot; must be &quot;final&quot; or &quot;better&quot;, not &quot;%2&quot;</source>
        <translation>%1: „keep“ in „select“ muss „final“ oder „better“ sein, nicht „%2“</translation>
    </message>
    <message>
        <source>Check the declarations parcel by parcel</source>
        <translation>Deklarationen Schlag für Schlag prüfen</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1: up to date, run again as asked</source>
        <translation>%1: aktuell, wie gewünscht erneut ausgeführt</translation>
    </message>
    <message>
        <source>%1: out of date: %2</source>
        <translation>%1: veraltet: %2</translation>
    </message>
    <message>
        <source>%1 (check)</source>
        <translation>%1 (Prüfung)</translation>
    </message>
    <message>
        <source>%1 (verdicts)</source>
        <translation>%1 (Urteile)</translation>
    </message>
    <message>
        <source>No probability rasters in %1: the declared class&apos;s mean posterior is left empty (set &quot;probabilities&quot;: true in &quot;classify&quot; to have it)</source>
        <translation>Keine Wahrscheinlichkeitsraster in %1: Die mittlere A-posteriori-Wahrscheinlichkeit der deklarierten Klasse bleibt leer (setzen Sie &quot;probabilities&quot;: true in „classify“, um sie zu erhalten)</translation>
    </message>
    <message>
        <source>the earlier step “%1” is out of date</source>
        <translation>der vorherige Schritt „%1“ ist veraltet</translation>
    </message>
    <message>
        <source>run of %1, steps %2 to %3, memory budget %4</source>
        <translation>Lauf von %1, Schritte %2 bis %3, Speicherbudget %4</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::Project</name>
    <message>
        <source>Cannot open project &quot;%1&quot;: %2</source>
        <translation>Das Projekt „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1: a project file must hold a JSON object</source>
        <translation>%1: Eine Projektdatei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source> in &quot;%1&quot;</source>
        <translation> in „%1“</translation>
    </message>
    <message>
        <source>%1: the project needs &quot;%2&quot;</source>
        <translation>%1: Das Projekt braucht „%2“</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;verdicts&quot;</source>
        <translation>%1, Zeile %2: „verdicts“</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot;</source>
        <translation>%1, Zeile %2: „%3“</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;quantile&quot; in &quot;sampling&quot;</source>
        <translation>%1, Zeile %2: „quantile“ in „sampling“</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;mask&quot; in &quot;classify&quot; must be &quot;declared&quot; (only the pixels of declared parcels) or &quot;none&quot; (every pixel), not %3</source>
        <translation>%1, Zeile %2: „mask“ in „classify“ muss „declared“ (nur die Pixel deklarierter Schläge) oder „none“ (jedes Pixel) sein, nicht %3</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;memory&quot;</source>
        <translation>%1, Zeile %2: „memory“</translation>
    </message>
    <message>
        <source>%1 must be a size such as &quot;4G&quot; or a number of MiB</source>
        <translation>%1 muss eine Größe wie „4G“ oder eine Zahl in MiB sein</translation>
    </message>
    <message>
        <source>%1: &quot;memory&quot;</source>
        <translation>%1: „memory“</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;precision&quot; in &quot;classify&quot; must be &quot;float32&quot; or &quot;bfloat16&quot; (the seed LSTM&apos;s products rounded to bfloat16 on CPUs with AVX-512 BF16), not %3</source>
        <translation>%1, Zeile %2: „precision“ in „classify“ muss „float32“ oder „bfloat16“ sein (die Produkte des LSTM der Ausgangsstudie auf bfloat16 gerundet, auf CPUs mit AVX-512 BF16), nicht %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::pipeline::StepRecord</name>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>options or inputs changed since the last run</source>
        <translation>Optionen oder Eingaben seit dem letzten Lauf geändert</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>output %1 is missing</source>
        <translation>Ausgabe %1 fehlt</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; is truncated</source>
        <translation>Die Stichprobendatei „%1“ ist abgeschnitten</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line 1: no %2 column &quot;%3&quot; in the header (columns: %4)</source>
        <translation>„%1“, Zeile 1: keine Spalte „%3“ (%2) in der Kopfzeile (Spalten: %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: without a header row the %2 column must be a column number from 1 to %3, not &quot;%4&quot;</source>
        <translation>„%1“: Ohne Kopfzeile muss die Spalte (%2) eine Spaltennummer von 1 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line 1: value column %2 is &quot;%3&quot;, but the %4 layout with bands %5 expects band %6 there</source>
        <translation>„%1“, Zeile 1: Die Wertspalte %2 ist „%3“, aber der Aufbau %4 mit den Bändern %5 erwartet dort das Band %6</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the label and the group column are the same column</source>
        <translation>„%1“: Die Label- und die Gruppenspalte sind dieselbe Spalte</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the table&apos;s bands and number of steps must be given</source>
        <translation>„%1“ kann nicht gelesen werden: Die Bänder und die Anzahl der Zeitschritte der Tabelle müssen angegeben werden</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: scale %2 is not a usable factor</source>
        <translation>„%1“ kann nicht gelesen werden: Die Skala %2 ist kein brauchbarer Faktor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>columns %1 to %2</source>
        <translation>Spalten %1 bis %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the skipped column &quot;%2&quot; is the label or the group column</source>
        <translation>„%1“: Die übersprungene Spalte „%2“ ist die Label- oder die Gruppenspalte</translation>
    </message>
    <message>
        <source>first value</source>
        <translation>erster Wert</translation>
    </message>
    <message>
        <source>last value</source>
        <translation>letzter Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the value columns &quot;%2&quot; end before they start</source>
        <translation>„%1“: Die Wertspalten „%2“ enden, bevor sie beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: %3 value columns, but T × B = %4 × %5 = %6 (value columns: %7; leave other columns out by skipping them or by choosing the value columns)</source>
        <translation>„%1“, Zeile %2: %3 Wertspalten, aber T × B = %4 × %5 = %6 (Wertspalten: %7; lassen Sie andere Spalten weg, indem Sie sie überspringen oder die Wertspalten wählen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2, column %3: &quot;%4&quot; is not a number%5</source>
        <translation>„%1“, Zeile %2, Spalte %3: „%4“ ist keine Zahl%5</translation>
    </message>
    <message>
        <source> (column &quot;%1&quot;)</source>
        <translation> (Spalte „%1“)</translation>
    </message>
    <message>
        <source>Cannot open sample file &quot;%1&quot;: %2</source>
        <translation>Die Stichprobendatei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 true classes for the %2 samples of &quot;%3&quot;</source>
        <translation>%1 wahre Klassen für die %2 Stichproben von „%3“</translation>
    </message>
    <message>
        <source>Sample %1 asked of &quot;%2&quot;, which holds %3</source>
        <translation>Stichprobe %1 von „%2“ verlangt, die %3 enthält</translation>
    </message>
    <message>
        <source>Cannot write samples of other bands, steps or classes to &quot;%1&quot;</source>
        <translation>Stichproben anderer Bänder, Schritte oder Klassen können nicht nach „%1“ geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::CompositeSeries</name>
    <message>
        <source>No composites for tile %1 in &quot;%2&quot; (looked for %3); run `cropmap composite` first</source>
        <translation>Keine Komposite für die Kachel %1 in „%2“ (gesucht: %3); führen Sie zuerst `cropmap composite` aus</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::SampleLabelResolver</name>
    <message>
        <source>&quot;%1&quot;, line %2: label &quot;%3&quot; is not an integer class code</source>
        <translation>„%1“, Zeile %2: Das Label „%3“ ist kein ganzzahliger Klassencode</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: more than 255 distinct labels</source>
        <translation>„%1“, Zeile %2: mehr als 255 verschiedene Labels</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: the legend maps label &quot;%3&quot; to class %4, which is not among the classes (%5)</source>
        <translation>„%1“, Zeile %2: Die Legende bildet das Label „%3“ auf die Klasse %4 ab, die nicht unter den Klassen ist (%5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: unknown label &quot;%3&quot;: %4 (classes: %5)</source>
        <translation>„%1“, Zeile %2: unbekanntes Label „%3“: %4 (Klassen: %5)</translation>
    </message>
    <message>
        <source>neither a value of the legend&apos;s mapping nor a class</source>
        <translation>weder ein Wert der Zuordnung der Legende noch eine Klasse</translation>
    </message>
    <message>
        <source>not a class</source>
        <translation>keine Klasse</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::SampleSet</name>
    <message>
        <source>Cannot merge sample sets with different bands, steps or classes (%1 × %2 vs %3 × %4)</source>
        <translation>Stichprobenmengen mit verschiedenen Bändern, Zeitschritten oder Klassen können nicht zusammengeführt werden (%1 × %2 gegen %3 × %4)</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open sample file &quot;%1&quot;: %2</source>
        <translation>Die Stichprobendatei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cropmap sample file</source>
        <translation>„%1“ ist keine cropmap-Stichprobendatei</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; has unsupported version %2</source>
        <translation>Die Stichprobendatei „%1“ hat die nicht unterstützte Version %2</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; is truncated</source>
        <translation>Die Stichprobendatei „%1“ ist abgeschnitten</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; has a malformed header: %2</source>
        <translation>Die Stichprobendatei „%1“ hat einen fehlerhaften Kopf: %2</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; has a malformed header (count, bands or steps)</source>
        <translation>Die Stichprobendatei „%1“ hat einen fehlerhaften Kopf (Anzahl, Bänder oder Zeitschritte)</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; is truncated or corrupt (%2 bytes, expected %3)</source>
        <translation>Die Stichprobendatei „%1“ ist abgeschnitten oder beschädigt (%2 Bytes, erwartet %3)</translation>
    </message>
    <message>
        <source>Sample file &quot;%1&quot; has a class index %2 outside its %3 classes</source>
        <translation>Die Stichprobendatei „%1“ hat einen Klassenindex %2 außerhalb ihrer %3 Klassen</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::SampleTableCsv</name>
    <message>
        <source>Cannot open sample table &quot;%1&quot;: %2</source>
        <translation>Die Stichprobentabelle „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Sample table &quot;%1&quot; is empty</source>
        <translation>Die Stichprobentabelle „%1“ ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: %3 fields, but the table has %4 columns</source>
        <translation>„%1“, Zeile %2: %3 Felder, aber die Tabelle hat %4 Spalten</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Sample table &quot;%1&quot; has no rows</source>
        <translation>Die Stichprobentabelle „%1“ hat keine Zeilen</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: scale %2 is not a usable factor</source>
        <translation>„%1“ kann nicht geschrieben werden: Die Skala %2 ist kein brauchbarer Faktor</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Unknown sample table layout &quot;%1&quot; (date-major or band-major)</source>
        <translation>Unbekannter Aufbau der Stichprobentabelle „%1“ (date-major oder band-major)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::SpatialSplit</name>
    <message>
        <source>Split fractions must be ≥ 0 and not all 0</source>
        <translation>Die Aufteilungsanteile müssen ≥ 0 und nicht alle 0 sein</translation>
    </message>
    <message>
        <source>Cannot cut the %1 × %2 pixel tile %3 into %4 × %5 patches</source>
        <translation>Die Kachel %3 mit %1 × %2 Pixeln kann nicht in %4 × %5 Patches zerlegt werden</translation>
    </message>
    <message>
        <source>The split raster &quot;%1&quot; does not cover the grid of tile %2 (%3)</source>
        <translation>Das Aufteilungsraster „%1“ deckt das Gitter der Kachel %2 nicht ab (%3)</translation>
    </message>
    <message>
        <source>The split raster &quot;%1&quot; holds a value other than 1, 2, 3</source>
        <translation>Das Aufteilungsraster „%1“ enthält einen anderen Wert als 1, 2, 3</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the GDAL driver GeoJSON is not available</source>
        <translation>„%1“ kann nicht geschrieben werden: Der GDAL-Treiber GeoJSON ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: field &quot;%2&quot;: %3</source>
        <translation>„%1“ kann nicht geschrieben werden: Feld „%2“: %3</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::StratifiedGroupSplit</name>
    <message>
        <source>Cross-validation needs at least 2 folds, not %1</source>
        <translation>Die Kreuzvalidierung braucht mindestens 2 Folds, nicht %1</translation>
    </message>
    <message>
        <source>The validation share must lie between 0 and 1, not %1</source>
        <translation>Der Validierungsanteil muss zwischen 0 und 1 liegen, nicht %1</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::StratifiedSampler</name>
    <message>
        <source>The quantile of an empty list of priors is undefined (no class has pixels)</source>
        <translation>Das Quantil einer leeren Liste von A-priori-Anteilen ist undefiniert (keine Klasse hat Pixel)</translation>
    </message>
    <message>
        <source>A quantile must lie in [0, 1], got %1</source>
        <translation>Ein Quantil muss in [0, 1] liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>Sampling plan: one count per class is needed</source>
        <translation>Stichprobenplan: Je Klasse wird eine Anzahl gebraucht</translation>
    </message>
    <message>
        <source>Sampling plan: the budget, k_boost and k_min must be ≥ 0</source>
        <translation>Stichprobenplan: Budget, k_boost und k_min müssen ≥ 0 sein</translation>
    </message>
    <message>
        <source>Sampling plan: the eroded map holds no labelled pixel</source>
        <translation>Stichprobenplan: Die erodierte Karte enthält kein beschriftetes Pixel</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>most</source>
        <translation>häufig</translation>
    </message>
    <message>
        <source>least</source>
        <translation>selten</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>Stichprobenplan</translation>
    </message>
    <message>
        <source>τ = %1 (the %2 percentile of the priors)
</source>
        <translation>τ = %1 (das %2 Perzentil der A-priori-Anteile)
</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::StratifiedSamplingOptions</name>
    <message>
        <source>%1: the sampling quantile must be a number in percent, e.g. 65, not &quot;%2&quot;</source>
        <translation>%1: Das Stichprobenquantil muss eine Zahl in Prozent sein, z. B. 65, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: the sampling quantile must be a number in percent, e.g. 65</source>
        <translation>%1: Das Stichprobenquantil muss eine Zahl in Prozent sein, z. B. 65</translation>
    </message>
    <message>
        <source>%1: the sampling quantile is in percent, not a fraction: %2 would put τ at the %3 percentile of the priors (did you mean %4?)</source>
        <translation>%1: Das Stichprobenquantil ist in Prozent, kein Bruchteil: %2 würde τ auf das %3 Perzentil der A-priori-Anteile legen (meinten Sie %4?)</translation>
    </message>
    <message>
        <source>%1: the sampling quantile must lie in (1, 100] percent, not %2</source>
        <translation>%1: Das Stichprobenquantil muss in (1, 100] Prozent liegen, nicht %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::ThematicTile</name>
    <message>
        <source>No thematic product for tile %1: cannot read &quot;%2&quot; (run `cropmap rasterize` for this tile first)</source>
        <translation>Kein thematisches Produkt für die Kachel %1: „%2“ kann nicht gelesen werden (führen Sie zuerst `cropmap rasterize` für diese Kachel aus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a thematic report: %2</source>
        <translation>„%1“ ist kein thematischer Bericht: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are not on the same grid</source>
        <translation>„%1“ und „%2“ liegen nicht auf demselben Gitter</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>cropmap::core::sampling::TrainingSetJob</name>
    <message>
        <source>%1 parcels with eroded pixels, %2 straddled patches (each went whole to the set of its majority patch)
</source>
        <translation>%1 Schläge mit erodierten Pixeln, %2 überspannen Patches (jeder ging ganz in die Menge seines Mehrheits-Patches)
</translation>
    </message>
    <message>
        <source>Excluded, no pixel in the eroded maps: %1
</source>
        <translation>Ausgeschlossen, kein Pixel in den erodierten Karten: %1
</translation>
    </message>
    <message>
        <source>Training set:
</source>
        <translation>Trainingsmenge:
</translation>
    </message>
    <message>
        <source>Validation set:
</source>
        <translation>Validierungsmenge:
</translation>
    </message>
    <message>
        <source>Draw the weak training set</source>
        <translation>Die schwache Trainingsmenge ziehen</translation>
    </message>
    <message>
        <source>No thematic product (*_thematic.json) in &quot;%1&quot;</source>
        <translation>Kein thematisches Produkt (*_thematic.json) in „%1“</translation>
    </message>
    <message>
        <source>Cannot create the output folder &quot;%1&quot;</source>
        <translation>Der Ausgabeordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Tiles %1 and %2 were rasterized with different class tables; use one legend</source>
        <translation>Die Kacheln %1 und %2 wurden mit verschiedenen Klassentabellen gerastert; verwenden Sie eine Legende</translation>
    </message>
    <message>
        <source>Counting the eroded map of %1</source>
        <translation>Die erodierte Karte von %1 wird gezählt</translation>
    </message>
    <message>
        <source>The eroded maps of %1 hold no labelled pixel</source>
        <translation>Die erodierten Karten von %1 enthalten kein beschriftetes Pixel</translation>
    </message>
    <message>
        <source>Class %1 &quot;%2&quot; gets no training sample: its parcels lie outside the train patches</source>
        <translation>Die Klasse %1 „%2“ bekommt keine Trainingsstichprobe: Ihre Schläge liegen außerhalb der Trainings-Patches</translation>
    </message>
    <message>
        <source>The composites of tile %1 (&quot;%2&quot;) have other steps or bands than those of tile %3</source>
        <translation>Die Komposite der Kachel %1 („%2“) haben andere Zeitschritte oder Bänder als die der Kachel %3</translation>
    </message>
    <message>
        <source>%1 drawn pixels have no composite value (nodata) and were left out</source>
        <translation>%1 gezogene Pixel haben keinen Kompositwert (nodata) und wurden weggelassen</translation>
    </message>
    <message>
        <source>Writing sample sets</source>
        <translation>Stichprobenmengen werden geschrieben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 parcels in the overlap of tiles, each counted once on the tile holding most of its eroded pixels
</source>
        <translation>%1 Schläge in der Überlappung von Kacheln, jeder einmal auf der Kachel gezählt, die die meisten seiner erodierten Pixel enthält
</translation>
    </message>
    <message>
        <source>%1 parcels lie in the overlap of tiles: each is counted once, on the tile holding most of its eroded pixels (%2 pixels on other tiles left out)</source>
        <translation>%1 Schläge liegen in der Überlappung von Kacheln: Jeder wird einmal gezählt, auf der Kachel, die die meisten seiner erodierten Pixel enthält (%2 Pixel auf anderen Kacheln weggelassen)</translation>
    </message>
    <message>
        <source>Drawing samples in %1 and reading their composites</source>
        <translation>Stichproben in %1 ziehen und ihre Komposite lesen</translation>
    </message>
</context>
<context>
    <name>cropmap::core::select</name>
    <message>
        <source>Cross-fitting needs at least 2 folds, not %1</source>
        <translation>Cross-Fitting braucht mindestens 2 Folds, nicht %1</translation>
    </message>
    <message>
        <source>Drawing from the reliable pool: %1 classes for %2 keep flags</source>
        <translation>Ziehen aus dem zuverlässigen Pool: %1 Klassen für %2 Behalten-Markierungen</translation>
    </message>
    <message>
        <source>Reliable-sample selection needs at least one class</source>
        <translation>Die Auswahl zuverlässiger Stichproben braucht mindestens eine Klasse</translation>
    </message>
    <message>
        <source>Reliable-sample selection: the per-pixel arrays differ in length</source>
        <translation>Auswahl zuverlässiger Stichproben: Die Pixel-Arrays sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>The adaptive selection rule needs the posterior of the declared class</source>
        <translation>Die adaptive Auswahlregel braucht die A-posteriori-Wahrscheinlichkeit der deklarierten Klasse</translation>
    </message>
    <message>
        <source>Reliable-sample selection: pixel %1 has class %2 predicted as %3, outside the %4 classes</source>
        <translation>Auswahl zuverlässiger Stichproben: Pixel %1 hat Klasse %2, vorhergesagt als %3, außerhalb der %4 Klassen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: „%2“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: unknown selection rule &quot;%2&quot; (expected seed, adaptive, parcel or none)</source>
        <translation>%1: unbekannte Auswahlregel „%2“ (erwartet: seed, adaptive, parcel oder none)</translation>
    </message>
    <message>
        <source>%1: the selection summary has no &quot;classes&quot; list</source>
        <translation>%1: Die Auswahlübersicht hat keine Liste „classes“</translation>
    </message>
    <message>
        <source>The weak model agrees with %1 % of the pool it was trained on but with %2 % of the validation pixels: it has learnt the train parcels, wrong declarations included, so disagreement finds few of them (the adaptive and parcel rules then drop little). The seed rule ranks by posterior and still drops the least certain pixels; cross-fitting (&quot;crossfit_folds&quot;: 2) judges every parcel with a model that did not see it; mixup (&quot;train&quot;: {&quot;mixup&quot;: 0.4}) makes the weak model learn its parcels less by heart.</source>
        <translation>Das schwache Modell stimmt mit %1 % des Pools überein, auf dem es trainiert wurde, aber nur mit %2 % der Validierungspixel: Es hat die Trainingsschläge auswendig gelernt, falsche Deklarationen eingeschlossen, daher findet die Abweichung nur wenige von ihnen (die Regeln „adaptive“ und „parcel“ verwerfen dann wenig). Die Regel „seed“ ordnet nach A-posteriori-Wahrscheinlichkeit und verwirft weiterhin die unsichersten Pixel; Cross-Fitting (&quot;crossfit_folds&quot;: 2) beurteilt jeden Schlag mit einem Modell, das ihn nicht gesehen hat; Mixup (&quot;train&quot;: {&quot;mixup&quot;: 0.4}) lässt das schwache Modell seine Schläge weniger auswendig lernen.</translation>
    </message>
</context>
<context>
    <name>cropmap::core::select::ReliableSampleSelector</name>
    <message>
        <source>Reliable-sample selection</source>
        <translation>Auswahl zuverlässiger Stichproben</translation>
    </message>
</context>
<context>
    <name>cropmap::core::select::SelectionInput</name>
    <message>
        <source>Reliable-sample selection: %1 probabilities do not fit %2 pixels × %3 classes</source>
        <translation>Auswahl zuverlässiger Stichproben: %1 Wahrscheinlichkeiten passen nicht zu %2 Pixeln × %3 Klassen</translation>
    </message>
</context>
<context>
    <name>cropmap::core::select::SelectionOptions</name>
    <message>
        <source>%1: unknown selection option &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekannte Auswahloption „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1: &quot;seed&quot; must be a non-negative integer</source>
        <translation>%1: „seed“ muss eine nichtnegative ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1: percentile must lie in [0, 100), not %2</source>
        <translation>%1: percentile muss in [0, 100) liegen, nicht %2</translation>
    </message>
    <message>
        <source>%1: adaptive_floor must lie in [0, 1], not %2</source>
        <translation>%1: adaptive_floor muss in [0, 1] liegen, nicht %2</translation>
    </message>
    <message>
        <source>%1: parcel_agreement must lie in (0, 1], not %2</source>
        <translation>%1: parcel_agreement muss in (0, 1] liegen, nicht %2</translation>
    </message>
    <message>
        <source>%1: parcel_guard must lie in [0, 1], not %2</source>
        <translation>%1: parcel_guard muss in [0, 1] liegen, nicht %2</translation>
    </message>
    <message>
        <source>%1: crossfit_folds must be 0 (off) or at least 2, not %2</source>
        <translation>%1: crossfit_folds muss 0 (aus) oder mindestens 2 sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: GDAL lacks the JP2OpenJPEG driver</source>
        <translation>„%1“ kann nicht geschrieben werden: GDAL fehlt der JP2OpenJPEG-Treiber</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot add the field %1 to &quot;%2&quot;: %3</source>
        <translation>Das Feld %1 kann nicht zu „%2“ hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;: it cannot be renamed</source>
        <translation>„%1“ kann nicht ersetzt werden: Es lässt sich nicht umbenennen</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ kann nicht in „%2“ umbenannt werden</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth::ParcelWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: GDAL lacks the GPKG driver</source>
        <translation>„%1“ kann nicht geschrieben werden: GDAL fehlt der GPKG-Treiber</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: no transformation from EPSG:32633 to EPSG:%2</source>
        <translation>„%1“ kann nicht geschrieben werden: keine Transformation von EPSG:32633 nach EPSG:%2</translation>
    </message>
    <message>
        <source>Cannot create the layer parcels in &quot;%1&quot;: %2</source>
        <translation>Der Layer parcels kann in „%1“ nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot reproject parcel %1 for &quot;%2&quot;</source>
        <translation>Der Schlag %1 kann für „%2“ nicht umprojiziert werden</translation>
    </message>
    <message>
        <source>Cannot write parcel %1 to &quot;%2&quot;: %3</source>
        <translation>Der Schlag %1 kann nicht nach „%2“ geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth::SceneGenerator</name>
    <message>
        <source>&quot;%1&quot; already exists; choose another folder or allow overwriting (--force)</source>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Ordner oder erlauben Sie das Überschreiben (--force)</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Laying out fields</source>
        <translation>Felder werden angeordnet</translation>
    </message>
    <message>
        <source>Rasterising the fields of %1</source>
        <translation>Die Felder von %1 werden gerastert</translation>
    </message>
    <message>
        <source>Writing %1 %2</source>
        <translation>%1 %2 wird geschrieben</translation>
    </message>
    <message>
        <source>Scene written to %1</source>
        <translation>Szene nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth::SceneJob</name>
    <message>
        <source>Generate the synthetic scene %1</source>
        <translation>Die synthetische Szene %1 erzeugen</translation>
    </message>
</context>
<context>
    <name>cropmap::core::synth::SceneOptions</name>
    <message>
        <source>Synthetic scene: --tiles must lie in 1…6, not %1</source>
        <translation>Synthetische Szene: --tiles muss in 1…6 liegen, nicht %1</translation>
    </message>
    <message>
        <source>Synthetic scene: --size must be an even number of pixels in 16…10980, not %1</source>
        <translation>Synthetische Szene: --size muss eine gerade Pixelzahl in 16…10980 sein, nicht %1</translation>
    </message>
    <message>
        <source>Synthetic scene: give at least one acquisition count per tile</source>
        <translation>Synthetische Szene: Geben Sie mindestens eine Aufnahmeanzahl je Kachel an</translation>
    </message>
    <message>
        <source>Synthetic scene: the period %1 … %2 is empty</source>
        <translation>Synthetische Szene: Der Zeitraum %1 … %2 ist leer</translation>
    </message>
    <message>
        <source>Synthetic scene: %1 acquisitions per tile do not fit in %2 days (one per day at most)</source>
        <translation>Synthetische Szene: %1 Aufnahmen je Kachel passen nicht in %2 Tage (höchstens eine pro Tag)</translation>
    </message>
    <message>
        <source>Synthetic scene: --wrong must lie in 0…1, not %1</source>
        <translation>Synthetische Szene: --wrong muss in 0…1 liegen, nicht %1</translation>
    </message>
    <message>
        <source>Synthetic scene: the background share must lie in 0…1, not %1</source>
        <translation>Synthetische Szene: Der Hintergrundanteil muss in 0…1 liegen, nicht %1</translation>
    </message>
    <message>
        <source>Synthetic scene: --field-size must be 0 (automatic) or 4…%1 pixels, not %2</source>
        <translation>Synthetische Szene: --field-size muss 0 (automatisch) oder 4…%1 Pixel sein, nicht %2</translation>
    </message>
    <message>
        <source>Synthetic scene: parcels can be written in EPSG:32633 or EPSG:31287, not EPSG:%1</source>
        <translation>Synthetische Szene: Schläge können in EPSG:32633 oder EPSG:31287 geschrieben werden, nicht in EPSG:%1</translation>
    </message>
    <message>
        <source>Synthetic scene: no output folder given</source>
        <translation>Synthetische Szene: kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <source>Synthetic scene: --overlap must be an even number of pixels below half the tile side (%1), not %2</source>
        <translation>Synthetische Szene: --overlap muss eine gerade Pixelzahl unter der halben Kachelseite (%1) sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic</name>
    <message>
        <source>%1: class %2 needs an id in 1…255, a name and a colour #rrggbb</source>
        <translation>%1: Die Klasse %2 braucht eine ID in 1…255, einen Namen und eine Farbe #rrggbb</translation>
    </message>
    <message>
        <source>%1: class id %2 appears twice</source>
        <translation>%1: Die Klassen-ID %2 kommt zweimal vor</translation>
    </message>
    <message>
        <source>Rasterizing the parcels failed: %1</source>
        <translation>Das Rastern der Schläge ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 and %2 have different class tables (ids, names or order): %3 / %4</source>
        <translation>%1 und %2 haben verschiedene Klassentabellen (IDs, Namen oder Reihenfolge): %3 / %4</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; holds %3 features, not polygons: parcels must be polygons (or multipolygons)</source>
        <translation>Der Layer „%1“ von „%2“ enthält %3-Objekte, keine Polygone: Schläge müssen Polygone (oder Multipolygone) sein</translation>
    </message>
    <message>
        <source>Cannot rasterise the parcels: no in-memory raster of %1 × %2 pixels (%3)</source>
        <translation>Die Schläge können nicht gerastert werden: kein Speicherraster mit %1 × %2 Pixeln (%3)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::CsvTable</name>
    <message>
        <source>Cannot read the table &quot;%1&quot;: %2</source>
        <translation>Die Tabelle „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::LegendAggregation</name>
    <message>
        <source>Legend: no class with id %1 for the value &quot;%2&quot;</source>
        <translation>Legende: keine Klasse mit der ID %1 für den Wert „%2“</translation>
    </message>
    <message>
        <source>%1, line %2: a mapping row without a declared value</source>
        <translation>%1, Zeile %2: eine Zuordnungszeile ohne deklarierten Wert</translation>
    </message>
    <message>
        <source>%1, line %2: the value &quot;%3&quot; appears twice in the mapping</source>
        <translation>%1, Zeile %2: Der Wert „%3“ kommt zweimal in der Zuordnung vor</translation>
    </message>
    <message>
        <source>Cannot read the legend &quot;%1&quot;: %2</source>
        <translation>Die Legende „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the legend has no &quot;mapping&quot; array</source>
        <translation>%1: Die Legende hat kein Array „mapping“</translation>
    </message>
    <message>
        <source>%1, line %2: a mapping row needs {&quot;value&quot;: …, &quot;class&quot;: name, id or null}</source>
        <translation>%1, Zeile %2: Eine Zuordnungszeile braucht {&quot;value&quot;: …, &quot;class&quot;: Name, ID oder null}</translation>
    </message>
    <message>
        <source>%1, line %2: unknown class &quot;%3&quot; (classes: %4)</source>
        <translation>%1, Zeile %2: unbekannte Klasse „%3“ (Klassen: %4)</translation>
    </message>
    <message>
        <source>%1, line %2: unknown class id %3</source>
        <translation>%1, Zeile %2: unbekannte Klassen-ID %3</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;class&quot; must be a class name, an id or null</source>
        <translation>%1, Zeile %2: „class“ muss ein Klassenname, eine ID oder null sein</translation>
    </message>
    <message>
        <source>%1, line %2: a class row needs id,name,colour</source>
        <translation>%1, Zeile %2: Eine Klassenzeile braucht id,name,colour</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1, line %2: a mapping row needs exactly two fields, value,class (found %3)</source>
        <translation>%1, Zeile %2: Eine Zuordnungszeile braucht genau zwei Felder, value,class (gefunden: %3)</translation>
    </message>
    <message>
        <source>%1: no &quot;value,class&quot; section</source>
        <translation>%1: kein Abschnitt „value,class“</translation>
    </message>
    <message>
        <source>%1, line %2: unknown class &quot;%3&quot;</source>
        <translation>%1, Zeile %2: unbekannte Klasse „%3“</translation>
    </message>
    <message>
        <source>No legend &quot;%1&quot;: neither a file nor one of %2</source>
        <translation>Keine Legende „%1“: weder eine Datei noch eine von %2</translation>
    </message>
    <message>
        <source>%1: not a legend JSON object (expected {&quot;field&quot;, &quot;classes&quot;, &quot;mapping&quot;})</source>
        <translation>%1: kein Legenden-JSON-Objekt (erwartet {&quot;field&quot;, &quot;classes&quot;, &quot;mapping&quot;})</translation>
    </message>
    <message>
        <source>%1, line %2: expected a header row &quot;value,class&quot; (or &quot;field,NAME&quot; / &quot;id,name,colour&quot;) first; found &quot;%3&quot; (fields are separated by &apos;,&apos;, &apos;;&apos; or a tab)</source>
        <translation>%1, Zeile %2: zuerst wird eine Kopfzeile „value,class“ (oder „field,NAME“ / „id,name,colour“) erwartet; gefunden: „%3“ (Felder werden durch &apos;,&apos;, &apos;;&apos; oder einen Tabulator getrennt)</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::LegendProposer</name>
    <message>
        <source>The taxonomy &quot;%1&quot; is empty</source>
        <translation>Die Taxonomie „%1“ ist leer</translation>
    </message>
    <message>
        <source>%1, line 1: a taxonomy needs the columns original_code, original_name and HCAT3_name (found: %2)</source>
        <translation>%1, Zeile 1: Eine Taxonomie braucht die Spalten original_code, original_name und HCAT3_name (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, the header has %4</source>
        <translation>%1, Zeile %2: %3 Felder, der Kopf hat %4</translation>
    </message>
    <message>
        <source>landscape element → ignore</source>
        <translation>Landschaftselement → ignore</translation>
    </message>
    <message>
        <source>not in the taxonomy → ignore</source>
        <translation>nicht in der Taxonomie → ignore</translation>
    </message>
    <message>
        <source>no rule for %1 → ignore</source>
        <translation>keine Regel für %1 → ignore</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::ParcelLayer</name>
    <message>
        <source>&quot;%1&quot; has no layer &quot;%2&quot;; its layers are: %3</source>
        <translation>„%1“ hat keinen Layer „%2“; seine Layer sind: %3</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; holds no parcels</source>
        <translation>Der Layer „%1“ von „%2“ enthält keine Schläge</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; has no field &quot;%3&quot;; its fields are: %4</source>
        <translation>Der Layer „%1“ von „%2“ hat kein Feld „%3“; seine Felder sind: %4</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; of &quot;%2&quot; has no CRS, so it cannot be put onto the tile grid; assign one (e.g. with ogr2ogr -a_srs)</source>
        <translation>Der Layer „%1“ von „%2“ hat kein KBS und kann daher nicht auf das Kachelgitter gebracht werden; weisen Sie ihm eines zu (z. B. mit ogr2ogr -a_srs)</translation>
    </message>
    <message>
        <source>Cannot transform the parcels of &quot;%1&quot; to the tile CRS: %2</source>
        <translation>Die Schläge von „%1“ können nicht in das KBS der Kachel transformiert werden: %2</translation>
    </message>
</context>
<context>
    <name>cropmap::core::thematic::RasterizeJob</name>
    <message>
        <source>Tile %1: %2 parcels on the tile (%3 outside, %4 repaired, %5 skipped as invalid), %6 ignored by the legend
</source>
        <translation>Kachel %1: %2 Schläge auf der Kachel (%3 außerhalb, %4 repariert, %5 als ungültig übersprungen), %6 von der Legende ignoriert
</translation>
    </message>
    <message>
        <source>  unknown value &quot;%1&quot;: %2 parcels, %3 ha (treated as ignore)
</source>
        <translation>  unbekannter Wert „%1“: %2 Schläge, %3 ha (als ignore behandelt)
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
        <translation>Klasse</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>eroded</source>
        <translation>erodiert</translation>
    </message>
    <message>
        <source>  excluded: no pixel after erosion</source>
        <translation>  ausgeschlossen: kein Pixel nach der Erosion</translation>
    </message>
    <message>
        <source>  %1 classes of the legend have no pixel on this tile
</source>
        <translation>  %1 Klassen der Legende haben kein Pixel auf dieser Kachel
</translation>
    </message>
    <message>
        <source>Rasterize parcels of tile %1</source>
        <translation>Schläge der Kachel %1 rastern</translation>
    </message>
    <message>
        <source>Rasterize: a tile id is needed</source>
        <translation>Rastern: Eine Kachel-ID wird benötigt</translation>
    </message>
    <message>
        <source>Rasterize: the erosion radius must be ≥ 0 (got %1)</source>
        <translation>Rastern: Der Erosionsradius muss ≥ 0 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>Cannot create the output folder &quot;%1&quot;</source>
        <translation>Der Ausgabeordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Rasterize: neither --field nor the legend &quot;%1&quot; names the attribute</source>
        <translation>Rastern: Weder --field noch die Legende „%1“ nennt das Attribut</translation>
    </message>
    <message>
        <source>Reading parcels</source>
        <translation>Schläge werden gelesen</translation>
    </message>
    <message>
        <source>None of the %1 parcels of &quot;%2&quot; lies on the grid of tile %3 (%4, &quot;%5&quot;); check the tile and the parcels&apos; CRS</source>
        <translation>Keiner der %1 Schläge von „%2“ liegt auf dem Gitter der Kachel %3 (%4, „%5“); prüfen Sie die Kachel und das KBS der Schläge</translation>
    </message>
    <message>
        <source>Declared value &quot;%1&quot; is not in the legend: %2 parcels, %3 ha treated as ignore</source>
        <translation>Der deklarierte Wert „%1“ ist nicht in der Legende: %2 Schläge, %3 ha als ignore behandelt</translation>
    </message>
    <message>
        <source>Rasterizing and eroding</source>
        <translation>Rastern und Erodieren</translation>
    </message>
    <message>
        <source>Writing rasters</source>
        <translation>Raster werden geschrieben</translation>
    </message>
    <message>
        <source>Class %1 &quot;%2&quot; has no pixel after erosion (%3 before): excluded</source>
        <translation>Die Klasse %1 „%2“ hat nach der Erosion kein Pixel (%3 vorher): ausgeschlossen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>  %1 parcels without a declared value (NULL or empty): not rasterized, so they never cover another parcel
</source>
        <translation>  %1 Schläge ohne deklarierten Wert (NULL oder leer): nicht gerastert, damit sie nie einen anderen Schlag überdecken
</translation>
    </message>
    <message>
        <source>  %1 point or line features: not parcels, not rasterized
</source>
        <translation>  %1 Punkt- oder Linienobjekte: keine Schläge, nicht gerastert
</translation>
    </message>
    <message>
        <source>  %1 pixels (%2 ha) lie in two or more parcels: the parcel read last (highest feature order) keeps them
</source>
        <translation>  %1 Pixel (%2 ha) liegen in zwei oder mehr Schlägen: Der zuletzt gelesene Schlag (höchste Objektreihenfolge) behält sie
</translation>
    </message>
    <message>
        <source>Rasterize</source>
        <translation>Rastern</translation>
    </message>
    <message>
        <source>%1 pixels (%2 ha) of tile %3 lie in two or more parcels: the parcel read last (highest feature order) keeps them</source>
        <translation>%1 Pixel (%2 ha) der Kachel %3 liegen in zwei oder mehr Schlägen: Der zuletzt gelesene Schlag (höchste Objektreihenfolge) behält sie</translation>
    </message>
    <message>
        <source>%1 parcels of &quot;%2&quot; have no declared value (NULL or empty): they are not rasterized</source>
        <translation>%1 Schläge von „%2“ haben keinen deklarierten Wert (NULL oder leer): Sie werden nicht gerastert</translation>
    </message>
</context>
<context>
    <name>cropmap::ui</name>
    <message>
        <source>Cannot open project &quot;%1&quot;: %2</source>
        <translation>Das Projekt „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot;: layer &quot;%2&quot; has unknown type &quot;%3&quot;</source>
        <translation>Projekt „%1“: Der Layer „%2“ hat den unbekannten Typ „%3“</translation>
    </message>
    <message>
        <source>Cannot transform between %1 and %2: %3</source>
        <translation>Keine Transformation zwischen %1 und %2 möglich: %3</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Band %1</translation>
    </message>
    <message>
        <source>Cannot read raster &quot;%1&quot;: %2</source>
        <translation>Das Raster „%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot reproject raster &quot;%1&quot;: %2</source>
        <translation>Das Raster „%1“ lässt sich nicht umprojizieren: %2</translation>
    </message>
    <message>
        <source>Raster &quot;%1&quot; has no band %2</source>
        <translation>Das Raster „%1“ hat kein Band %2</translation>
    </message>
    <message>
        <source>Vector &quot;%1&quot; has no geometry to draw</source>
        <translation>Der Vektor „%1“ hat keine darstellbare Geometrie</translation>
    </message>
    <message>
        <source>Cannot reproject feature %1 of &quot;%2&quot;</source>
        <translation>Das Objekt %1 von „%2“ lässt sich nicht umprojizieren</translation>
    </message>
    <message>
        <source>Cannot write the selected pixels to &quot;%1&quot;: %2</source>
        <translation>Die ausgewählten Pixel lassen sich nicht nach „%1“ schreiben: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>not in the sample pool</source>
        <translation>nicht im Stichprobenpool</translation>
    </message>
    <message>
        <source>kept (reliable)</source>
        <translation>behalten (zuverlässig)</translation>
    </message>
    <message>
        <source>dropped: the weak model predicts another class</source>
        <translation>verworfen: das schwache Modell sagt eine andere Klasse vorher</translation>
    </message>
    <message>
        <source>dropped: low confidence</source>
        <translation>verworfen: geringe Konfidenz</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is not a JSON object</source>
        <translation>Das Projekt „%1“ ist kein JSON-Objekt</translation>
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
        <translation>… %1 weitere</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the map to &quot;%1&quot;: the name must end in .png or .pdf</source>
        <translation>Die Karte kann nicht nach „%1“ exportiert werden: Der Name muss auf .png oder .pdf enden</translation>
    </message>
    <message>
        <source>Cannot write the map to &quot;%1&quot;</source>
        <translation>Die Karte kann nicht nach „%1“ geschrieben werden</translation>
    </message>
    <message>
        <source>True colour (B04/B03/B02)</source>
        <translation>Echtfarben (B04/B03/B02)</translation>
    </message>
    <message>
        <source>False colour (B08/B04/B03)</source>
        <translation>Falschfarben (B08/B04/B03)</translation>
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
        <translation>PA (Herstellergenauigkeit)</translation>
    </message>
    <message>
        <source>UA (user&apos;s accuracy)</source>
        <translation>UA (Nutzergenauigkeit)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>No accuracy report yet: run the Evaluate step.</source>
        <translation>Noch kein Genauigkeitsbericht: Führen Sie den Schritt „Bewerten“ aus.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::DeclaredValueModel</name>
    <message>
        <source>unknown (ignored)</source>
        <translation>unbekannt (ignoriert)</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Deklarierter Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Schläge</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <source>Target class</source>
        <translation>Zielklasse</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ExperimentColumnReport</name>
    <message>
        <source>%1 has no %2 model</source>
        <translation>%1 hat kein Modell „%2“</translation>
    </message>
    <message>
        <source>%1 was computed before experiment columns stored their confusion matrices. Run the experiment again: it adds them from the saved models without training again.</source>
        <translation>%1 wurde berechnet, bevor Experimentspalten ihre Konfusionsmatrizen speicherten. Führen Sie das Experiment erneut aus: Es ergänzt sie aus den gespeicherten Modellen, ohne neu zu trainieren.</translation>
    </message>
    <message>
        <source>%1 has no confusion matrix against the %2</source>
        <translation>%1 hat keine Konfusionsmatrix gegen %2</translation>
    </message>
    <message>
        <source>synthetic truth</source>
        <translation>synthetische Wahrheit</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>Deklarationen</translation>
    </message>
    <message>
        <source>%1: the confusion matrix has %2 classes but the class table %3</source>
        <translation>%1: Die Konfusionsmatrix hat %2 Klassen, die Klassentabelle aber %3</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ExperimentsPanel</name>
    <message>
        <source>No method project: open one with Project ▸ Open project…</source>
        <translation>Kein Methodenprojekt: öffnen Sie eines mit Projekt ▸ Projekt öffnen…</translation>
    </message>
    <message>
        <source>Table 1: whole series vs composites, local vs all tiles</source>
        <translation>Tabelle 1: ganze Zeitreihe gegen Komposite, lokal gegen alle Kacheln</translation>
    </message>
    <message>
        <source>Table 2: LSTM against other networks and the random forest</source>
        <translation>Tabelle 2: LSTM gegen andere Netze und den Random Forest</translation>
    </message>
    <message>
        <source>Table 3: reliable-sample rules</source>
        <translation>Tabelle 3: Regeln für verlässliche Stichproben</translation>
    </message>
    <message>
        <source>Runs with seeds project seed, +1, …: the table shows mean ± standard deviation</source>
        <translation>Läufe mit den Seeds Projekt-Seed, +1, …: die Tabelle zeigt Mittelwert ± Standardabweichung</translation>
    </message>
    <message>
        <source>The columns to compute; a column already computed with the same options is reused</source>
        <translation>Die zu berechnenden Spalten; eine schon mit denselben Optionen berechnete Spalte wird wiederverwendet</translation>
    </message>
    <message>
        <source>Run experiment</source>
        <translation>Experiment starten</translation>
    </message>
    <message>
        <source>Double-click a column to locate its model and scores</source>
        <translation>Doppelklick auf eine Spalte zeigt ihr Modell und ihre Bewertungen</translation>
    </message>
    <message>
        <source>F1 (%)</source>
        <translation>F1 (%)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Target tile</source>
        <translation>Zielkachel</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 — output in %2</source>
        <translation>%1 — Ausgabe in %2</translation>
    </message>
    <message>
        <source>Most acquisitions</source>
        <translation>Meiste Aufnahmen</translation>
    </message>
    <message>
        <source>Choose at least one column</source>
        <translation>Wählen Sie mindestens eine Spalte</translation>
    </message>
    <message>
        <source>Cannot start the experiment</source>
        <translation>Das Experiment kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starte %1…</translation>
    </message>
    <message>
        <source>Canceled after %1; the finished columns are kept and reused</source>
        <translation>Abgebrochen nach %1; die fertigen Spalten bleiben erhalten und werden wiederverwendet</translation>
    </message>
    <message>
        <source>The experiment failed</source>
        <translation>Das Experiment ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot show the experiment</source>
        <translation>Das Experiment kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an experiment table: %2</source>
        <translation>„%1“ ist keine Experimenttabelle: %2</translation>
    </message>
    <message>
        <source>Synthetic truth</source>
        <translation>Synthetische Wahrheit</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Deklarationen</translation>
    </message>
    <message>
        <source>Final model</source>
        <translation>Endgültiges Modell</translation>
    </message>
    <message>
        <source>Weak model</source>
        <translation>Schwaches Modell</translation>
    </message>
    <message>
        <source>No experiment computed for this table yet.</source>
        <translation>Für diese Tabelle wurde noch kein Experiment berechnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on target tile %2: %L3 test pixels, %n repeat(s)</source>
        <translation>
            <numerusform>%1 auf der Zielkachel %2: %L3 Testpixel, %n Wiederholung</numerusform>
            <numerusform>%1 auf der Zielkachel %2: %L3 Testpixel, %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall accuracy (%)</source>
        <translation>Gesamtgenauigkeit (%)</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Macro F1 (%)</source>
        <translation>Makro-F1 (%)</translation>
    </message>
    <message>
        <source>Minimum F1 (%)</source>
        <translation>Minimales F1 (%)</translation>
    </message>
    <message>
        <source>Training (s)</source>
        <translation>Training (s)</translation>
    </message>
    <message>
        <source>F1 %1 (%)</source>
        <translation>F1 %1 (%)</translation>
    </message>
    <message>
        <source>PA %1 %, UA %2 %</source>
        <translation>HG %1 %, NG %2 %</translation>
    </message>
    <message>
        <source>%1: model %2, scores %3</source>
        <translation>%1: Modell %2, Bewertungen %3</translation>
    </message>
    <message>
        <source>%1: the model %2 is missing (delete %3 to train it again)</source>
        <translation>%1: das Modell %2 fehlt (löschen Sie %3, um es neu zu trainieren)</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, weak model</source>
        <translation>%1, schwaches Modell</translation>
    </message>
    <message>
        <source>%1, final model</source>
        <translation>%1, finales Modell</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot show the column&apos;s results</source>
        <translation>Die Ergebnisse der Spalte können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>no &quot;columns&quot; list</source>
        <translation>keine Liste „columns“</translation>
    </message>
    <message>
        <source>All tiles (tables 2 and 3)</source>
        <translation>Alle Kacheln (Tabellen 2 und 3)</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::FileRelocator</name>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>The project names &quot;%1&quot;, which is not there any more. Locate the folder that holds it now?</source>
        <translation>Das Projekt nennt „%1“, die Datei ist dort nicht mehr. Den Ordner suchen, der sie jetzt enthält?</translation>
    </message>
    <message>
        <source>Folder holding %1</source>
        <translation>Ordner mit %1</translation>
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
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>val. OA</source>
        <translation>Val. OA</translation>
    </message>
    <message>
        <source>val. macro F1</source>
        <translation>Val. Makro-F1</translation>
    </message>
    <message>
        <source>val. loss</source>
        <translation>Val. Verlust</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>noch nicht trainiert</translation>
    </message>
    <message>
        <source>best</source>
        <translation>bester</translation>
    </message>
    <message>
        <source>No grid search for this model (set &quot;grid&quot; in the train options to run one).</source>
        <translation>Keine Rastersuche für dieses Modell (setzen Sie „grid“ in den Trainingsoptionen, um eine auszuführen).</translation>
    </message>
    <message numerus="yes">
        <source>Grid search: %n point(s), none finished yet.</source>
        <translation>
            <numerusform>Rastersuche: %n Punkt, noch keiner fertig.</numerusform>
            <numerusform>Rastersuche: %n Punkte, noch keiner fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grid search: %n point(s); the kept one (best validation macro F1) is in bold.</source>
        <translation>
            <numerusform>Rastersuche: %n Punkt; der behaltene (bestes Validierungs-Makro-F1) ist fett.</numerusform>
            <numerusform>Rastersuche: %n Punkte; der behaltene (bestes Validierungs-Makro-F1) ist fett.</numerusform>
        </translation>
    </message>
    <message>
        <source>checks</source>
        <translation>Prüfungen</translation>
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
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Band or index to plot</source>
        <translation>Darzustellendes Band oder darzustellender Index</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Pixel (%1, %2) of %3</source>
        <translation>Pixel (%1, %2) von %3</translation>
    </message>
    <message>
        <source>Nothing here in any layer.</source>
        <translation>Hier liegt in keinem Layer etwas.</translation>
    </message>
    <message>
        <source>No field here.</source>
        <translation>Hier liegt kein Schlag.</translation>
    </message>
    <message>
        <source>Field of %1, outlined on the map.</source>
        <translation>Schlag aus %1, auf der Karte umrandet.</translation>
    </message>
    <message>
        <source>Choose the Identify tool (I) and click on the map: every layer under the point answers, whichever is selected.</source>
        <translation>Wählen Sie das Abfragewerkzeug (I) und klicken Sie in die Karte: jeder Layer unter dem Punkt antwortet, gleich welcher gewählt ist.</translation>
    </message>
    <message>
        <source>Click on the map with the Identify tool
to plot the pixel&apos;s months.</source>
        <translation>Klicken Sie mit dem Abfragewerkzeug in die Karte,
um die Monate des Pixels zu zeigen.</translation>
    </message>
    <message>
        <source>No monthly composite under this point:
click inside a tile.</source>
        <translation>Kein Monatskomposit unter diesem Punkt:
klicken Sie in eine Kachel.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::JobProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Finished in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <source>Canceled after %1</source>
        <translation>Nach %1 abgebrochen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Vergangen %1</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::LegendDocument</name>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>Assign &quot;%1&quot; to %2</source>
        <translation>„%1“ %2 zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n values to %1</source>
        <translation>
            <numerusform>%n Wert %1 zuordnen</numerusform>
            <numerusform>%n Werte %1 zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>A class needs a name</source>
        <translation>Eine Klasse braucht einen Namen</translation>
    </message>
    <message>
        <source>There is already a class named &quot;%1&quot;</source>
        <translation>Es gibt bereits eine Klasse namens „%1“</translation>
    </message>
    <message>
        <source>A legend holds at most 255 classes</source>
        <translation>Eine Legende fasst höchstens 255 Klassen</translation>
    </message>
    <message>
        <source>Add class &quot;%1&quot;</source>
        <translation>Klasse „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename class &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Klasse „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change the colour of &quot;%1&quot;</source>
        <translation>Farbe von „%1“ ändern</translation>
    </message>
    <message>
        <source>Select at least two classes to merge</source>
        <translation>Wählen Sie mindestens zwei Klassen zum Zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into &quot;%2&quot;</source>
        <translation>%1 mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Delete class &quot;%1&quot;</source>
        <translation>Klasse „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::LegendEditor</name>
    <message>
        <source>Legend editor</source>
        <translation>Legendeneditor</translation>
    </message>
    <message>
        <source>The attribute of the parcels that holds the declared crop</source>
        <translation>Das Attribut der Schläge mit der deklarierten Kultur</translation>
    </message>
    <message>
        <source>Filter values and classes…</source>
        <translation>Werte und Klassen filtern…</translation>
    </message>
    <message>
        <source>Assign to selection</source>
        <translation>Der Auswahl zuordnen</translation>
    </message>
    <message>
        <source>Map every selected declared value to this class</source>
        <translation>Jeden ausgewählten deklarierten Wert dieser Klasse zuordnen</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <source>Selected values →</source>
        <translation>Ausgewählte Werte →</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>Klasse hinzufügen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the selected classes into the first of them</source>
        <translation>Die ausgewählten Klassen in der ersten von ihnen zusammenführen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected classes; their values become &quot;ignore&quot;</source>
        <translation>Die ausgewählten Klassen löschen; ihre Werte werden ignoriert</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>Cannot read the declared values</source>
        <translation>Die deklarierten Werte lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>Cannot open the legend</source>
        <translation>Die Legende lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Cannot import the legend</source>
        <translation>Die Legende lässt sich nicht importieren</translation>
    </message>
    <message>
        <source>Cannot export the legend</source>
        <translation>Die Legende lässt sich nicht exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n classes</source>
        <translation>
            <numerusform>%n Klasse löschen</numerusform>
            <numerusform>%n Klassen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>Name der neuen Klasse:</translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation>Klassenfarbe</translation>
    </message>
    <message>
        <source>Import legend</source>
        <translation>Legende importieren</translation>
    </message>
    <message>
        <source>Legends (*.json *.csv)</source>
        <translation>Legenden (*.json *.csv)</translation>
    </message>
    <message>
        <source>Export legend</source>
        <translation>Legende exportieren</translation>
    </message>
    <message>
        <source>Legend JSON (*.json);;Legend CSV (*.csv)</source>
        <translation>Legende als JSON (*.json);;Legende als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Write the legend back to its file</source>
        <translation>Die Legende in ihre Datei zurückschreiben</translation>
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
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Legend editor</source>
        <translation>Legendeneditor</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Verarbeitungskette</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>cropmap projects (*.json)</source>
        <translation>cropmap-Projekte (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <source>Add &amp;raster…</source>
        <translation>&amp;Raster hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add &amp;parcels…</source>
        <translation>&amp;Schläge hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Re&amp;move layer</source>
        <translation>Layer &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Auf &amp;Layer zoomen</translation>
    </message>
    <message>
        <source>&amp;Full extent</source>
        <translation>&amp;Volle Ausdehnung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoomen</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About cropmap</source>
        <translation>&amp;Über cropmap</translation>
    </message>
    <message>
        <source>About cropmap</source>
        <translation>Über cropmap</translation>
    </message>
    <message>
        <source>&lt;b&gt;cropmap&lt;/b&gt; %1&lt;br&gt;Crop-type maps from Sentinel-2 time series and farmers&apos; declarations.</source>
        <translation>&lt;b&gt;cropmap&lt;/b&gt; %1&lt;br&gt;Kulturartenkarten aus Sentinel-2-Zeitreihen und den Flächenangaben der Landwirte.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Map navigation</source>
        <translation>Kartennavigation</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>1:%L1</source>
        <translation>1:%L1</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>kein KBS</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 — cropmap</source>
        <translation>%1 — cropmap</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Cannot add raster</source>
        <translation>Raster lässt sich nicht hinzufügen</translation>
    </message>
    <message>
        <source>Cannot add parcels</source>
        <translation>Schläge lassen sich nicht hinzufügen</translation>
    </message>
    <message>
        <source>Add raster</source>
        <translation>Raster hinzufügen</translation>
    </message>
    <message>
        <source>Add parcels</source>
        <translation>Schläge hinzufügen</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.vrt);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.vrt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb);;All files (*)</source>
        <translation>Vektordaten (*.gpkg *.shp *.geojson *.json *.fgb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot identify</source>
        <translation>Abfrage nicht möglich</translation>
    </message>
    <message>
        <source>Cannot open the method project</source>
        <translation>Das Methodenprojekt lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Opened the method project %1</source>
        <translation>Methodenprojekt %1 geöffnet</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Reliable samples</source>
        <translation>Zuverlässige Stichproben</translation>
    </message>
    <message>
        <source>No test pixel of %1 on the map</source>
        <translation>Kein Testpixel „%1“ auf der Karte</translation>
    </message>
    <message>
        <source>%1 (%L2 test px)</source>
        <translation>%1 (%L2 Testpixel)</translation>
    </message>
    <message>
        <source>Cannot show the selected pixels</source>
        <translation>Die ausgewählten Pixel lassen sich nicht anzeigen</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>%1: model %2, scores %3</source>
        <translation>%1: Modell %2, Bewertungen %3</translation>
    </message>
    <message>
        <source>Built overviews of %1</source>
        <translation>Übersichten von %1 erstellt</translation>
    </message>
    <message>
        <source>No overviews for %1: %2</source>
        <translation>Keine Übersichten für %1: %2</translation>
    </message>
    <message>
        <source>Building overviews of %1 in the background …</source>
        <translation>Übersichten von %1 werden im Hintergrund erstellt …</translation>
    </message>
    <message>
        <source>Wrongly declared fields (%L1)</source>
        <translation>Falsch deklarierte Felder (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>%n wrongly declared field(s) outlined in magenta</source>
        <translation>
            <numerusform>%n falsch deklariertes Feld magenta umrandet</numerusform>
            <numerusform>%n falsch deklarierte Felder magenta umrandet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the wrongly declared fields</source>
        <translation>Die falsch deklarierten Felder können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Schläge</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation>Karte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Show &amp;legend</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;scale bar</source>
        <translation>&amp;Maßstabsleiste anzeigen</translation>
    </message>
    <message>
        <source>Cannot show the sampling plan</source>
        <translation>Der Stichprobenplan kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::MapIdentifier</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>column %1, row %2</source>
        <translation>Spalte %1, Zeile %2</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Gezeigter Monat</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Deklarierter Wert</translation>
    </message>
    <message>
        <source>Declared class</source>
        <translation>Deklarierte Klasse</translation>
    </message>
    <message>
        <source>ignored by the legend</source>
        <translation>von der Legende ignoriert</translation>
    </message>
    <message>
        <source>not in the legend</source>
        <translation>nicht in der Legende</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Posterior</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>Reliable sample</source>
        <translation>Zuverlässige Stichprobe</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::MonthSlider</name>
    <message>
        <source>Month:</source>
        <translation>Monat:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Month shown on every composite of the map</source>
        <translation>Auf allen Kompositen der Karte gezeigter Monat</translation>
    </message>
    <message>
        <source>Band combination of every composite</source>
        <translation>Bandkombination aller Komposite</translation>
    </message>
    <message>
        <source>Bands:</source>
        <translation>Bänder:</translation>
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
        <translation>Deckkraft des gewählten Layers</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::OverviewBuilder</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ParcelSeriesPlot</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Select a parcel to plot its months.</source>
        <translation>Wählen Sie einen Schlag, um seine Monate darzustellen.</translation>
    </message>
    <message>
        <source>%1: 10–90 %</source>
        <translation>%1: 10–90 %</translation>
    </message>
    <message>
        <source>%1: median of %L2 samples</source>
        <translation>%1: Median von %L2 Stichproben</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ParcelTableModel</name>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>zu klein</translation>
    </message>
    <message>
        <source>declaration confirmed</source>
        <translation>Deklaration bestätigt</translation>
    </message>
    <message>
        <source>map confirmed</source>
        <translation>Karte bestätigt</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, trained</source>
        <translation>%1, trainiert</translation>
    </message>
    <message>
        <source>Parcel %1 (declared &quot;%2&quot;, tile %3): %L4 of %L5 eroded pixels mapped</source>
        <translation>Schlag %1 (deklariert „%2“, Kachel %3): %L4 von %L5 erodierten Pixeln kartiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Declared class</source>
        <translation>Deklarierte Klasse</translation>
    </message>
    <message>
        <source>Map proposes</source>
        <translation>Karte schlägt vor</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Posterior</source>
        <translation>A-posteriori-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Parcel key</source>
        <translation>Schlagschlüssel</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ParcelsPanel</name>
    <message>
        <source>Filter: class, key, note…</source>
        <translation>Filter: Klasse, Schlüssel, Notiz…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Doubtful and disagreeing</source>
        <translation>Zweifelhafte und abweichende</translation>
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
        <translation>Öffnen Sie ein Methodenprojekt, um seine Deklarationen Schlag für Schlag zu prüfen.</translation>
    </message>
    <message>
        <source>A parcel agrees from this share of its mapped pixels in the declared class</source>
        <translation>Ein Schlag stimmt überein, wenn mindestens dieser Anteil seiner kartierten Pixel in der deklarierten Klasse liegt</translation>
    </message>
    <message>
        <source>A parcel disagrees under this share; between the two it is doubtful</source>
        <translation>Unter diesem Anteil weicht ein Schlag ab; dazwischen ist er zweifelhaft</translation>
    </message>
    <message>
        <source>Parcels with fewer mapped pixels are too small to judge</source>
        <translation>Schläge mit weniger kartierten Pixeln sind zu klein für ein Urteil</translation>
    </message>
    <message>
        <source>Agrees ≥</source>
        <translation>Stimmt überein ≥</translation>
    </message>
    <message>
        <source>disagrees &lt;</source>
        <translation>weicht ab &lt;</translation>
    </message>
    <message>
        <source>min. pixels</source>
        <translation>min. Pixel</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Export verdicts</source>
        <translation>Urteile exportieren</translation>
    </message>
    <message>
        <source>Write the verdicts and notes into the check&apos;s parcels.gpkg (fields verdict, note)</source>
        <translation>Die Urteile und Notizen in die parcels.gpkg der Prüfung schreiben (Felder verdict, note)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Band or index to plot</source>
        <translation>Darzustellendes Band oder darzustellender Index</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Cannot read the check settings</source>
        <translation>Die Einstellungen der Prüfung lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>Cannot save the verdicts and thresholds</source>
        <translation>Die Urteile und Schwellenwerte lassen sich nicht speichern</translation>
    </message>
    <message>
        <source>Cannot export the verdicts</source>
        <translation>Die Urteile lassen sich nicht exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) written to %1 (fields verdict, note).</source>
        <translation>
            <numerusform>%n Urteil nach %1 geschrieben (Felder verdict, note).</numerusform>
            <numerusform>%n Urteile nach %1 geschrieben (Felder verdict, note).</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 agree · %L2 doubtful · %L3 disagree · %L4 too small</source>
        <translation>%L1 übereinstimmend · %L2 zweifelhaft · %L3 abweichend · %L4 zu klein</translation>
    </message>
    <message>
        <source>No declaration check in %1 yet: run the check step (Pipeline dock) or `cropmap check`.</source>
        <translation>Noch keine Deklarationsprüfung in %1: Führen Sie den Prüfschritt aus (Pipeline-Dock) oder `cropmap check`.</translation>
    </message>
    <message>
        <source>Parcels by check status</source>
        <translation>Schläge nach Prüfstatus</translation>
    </message>
    <message>
        <source>Cannot read the declaration check: %1</source>
        <translation>Die Deklarationsprüfung lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%L1 checked parcels from %2. N / P step through the doubtful and disagreeing ones.</source>
        <translation>%L1 geprüfte Schläge aus %2. N / P springen durch die zweifelhaften und abweichenden.</translation>
    </message>
    <message>
        <source>Select a parcel.</source>
        <translation>Wählen Sie einen Schlag.</translation>
    </message>
    <message>
        <source>Select a parcel to plot its months.</source>
        <translation>Wählen Sie einen Schlag, um seine Monate darzustellen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: declared &quot;%3&quot; (%4); %5 of %L6 mapped pixels agree</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2: deklariert „%3“ (%4); %5 von %L6 kartierten Pixeln stimmen überein</translation>
    </message>
    <message>
        <source>; the map proposes %1 (%2)</source>
        <translation>; die Karte schlägt %1 vor (%2)</translation>
    </message>
    <message>
        <source>. &lt;i&gt;Its pixels trained the map&apos;s model: the agreement is optimistic.&lt;/i&gt;</source>
        <translation>. &lt;i&gt;Seine Pixel haben das Modell der Karte trainiert: Die Übereinstimmung ist optimistisch.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Cannot read the parcel&apos;s months:
%1</source>
        <translation>Die Monate des Schlags lassen sich nicht lesen:
%1</translation>
    </message>
    <message>
        <source>The parcel has no pixel in %1&apos;s parcel raster.</source>
        <translation>Der Schlag hat kein Pixel im Schlagraster von %1.</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>deklariert %1</translation>
    </message>
    <message>
        <source>map: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message numerus="yes">
        <source>this parcel (median of %n px)</source>
        <translation>
            <numerusform>dieser Schlag (Median von %n px)</numerusform>
            <numerusform>dieser Schlag (Median von %n px)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;No reliable samples (select/final_train.samples): no class envelopes.</source>
        <translation>&lt;br&gt;Keine zuverlässigen Stichproben (select/final_train.samples): keine Klassenhüllen.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PipelinePanel</name>
    <message>
        <source>No method project: open one with Project ▸ Open project…</source>
        <translation>Kein Methodenprojekt: Öffnen Sie eines mit Projekt ▸ Projekt öffnen…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Run step</source>
        <translation>Schritt ausführen</translation>
    </message>
    <message>
        <source>Run from here</source>
        <translation>Ab hier ausführen</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alles ausführen</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cannot open the method project</source>
        <translation>Das Methodenprojekt lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 — output in %2</source>
        <translation>%1 — Ausgabe in %2</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The step failed</source>
        <translation>Der Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>Run the chosen steps even when they are up to date</source>
        <translation>Die gewählten Schritte auch dann ausführen, wenn sie aktuell sind</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run this step even if it is up to date</source>
        <translation>Diesen Schritt auch dann ausführen, wenn er aktuell ist</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>reading the inputs to compare them with the last run</source>
        <translation>die Eingaben werden gelesen, um sie mit dem letzten Lauf zu vergleichen</translation>
    </message>
    <message>
        <source>Cannot check the steps</source>
        <translation>Die Schritte können nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PlotExport</name>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export the plot to &quot;%1&quot;: the name must end in .png, .pdf or .svg</source>
        <translation>Das Diagramm kann nicht nach „%1“ exportiert werden: Der Name muss auf .png, .pdf oder .svg enden</translation>
    </message>
    <message>
        <source>Cannot write the plot to &quot;%1&quot;</source>
        <translation>Das Diagramm kann nicht nach „%1“ geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PoolJudgementJob</name>
    <message>
        <source>Judging the pool</source>
        <translation>Beurteilung des Pools</translation>
    </message>
    <message>
        <source>Loading the pool and the weak model…</source>
        <translation>Pool und schwaches Modell werden geladen…</translation>
    </message>
    <message>
        <source>The weak model &quot;%1&quot; knows %2 classes, the pool &quot;%3&quot; %4</source>
        <translation>Das schwache Modell „%1“ kennt %2 Klassen, der Pool „%3“ %4</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PosteriorInspector</name>
    <message>
        <source>Judge the pool with the weak model</source>
        <translation>Pool mit dem schwachen Modell beurteilen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the class&apos;s candidates dropped from the bottom of the posterior ranking (rule &quot;seed&quot;)</source>
        <translation>Anteil der Kandidaten der Klasse, der am unteren Ende der A-posteriori-Rangfolge verworfen wird (Regel „seed“)</translation>
    </message>
    <message>
        <source>posterior of the predicted (= declared) class</source>
        <translation>A-posteriori-Wahrscheinlichkeit der vorhergesagten (= deklarierten) Klasse</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>drop the lowest</source>
        <translation>die untersten verwerfen</translation>
    </message>
    <message>
        <source>Cannot judge the pool</source>
        <translation>Der Pool lässt sich nicht beurteilen</translation>
    </message>
    <message>
        <source>Judging the pool…</source>
        <translation>Der Pool wird beurteilt…</translation>
    </message>
    <message>
        <source>Judge the pool to see the posteriors of each class.</source>
        <translation>Beurteilen Sie den Pool, um die A-posteriori-Wahrscheinlichkeiten jeder Klasse zu sehen.</translation>
    </message>
    <message>
        <source>Open a method project with a weak model first.</source>
        <translation>Öffnen Sie zuerst ein Methodenprojekt mit einem schwachen Modell.</translation>
    </message>
    <message>
        <source>Drag the red threshold line to change the share of candidates dropped</source>
        <translation>Ziehen Sie die rote Schwellenlinie, um den Anteil der verworfenen Kandidaten zu ändern</translation>
    </message>
    <message>
        <source>Highlight wrongly declared fields on the map</source>
        <translation>Falsch deklarierte Felder auf der Karte hervorheben</translation>
    </message>
    <message>
        <source>Synthetic scenes know which declarations are wrong: their fields get magenta outlines, so you see whether the dropped samples lie on them</source>
        <translation>Synthetische Szenen kennen die falschen Deklarationen: Ihre Felder werden magenta umrandet, damit Sie sehen, ob die verworfenen Stichproben darauf liegen</translation>
    </message>
    <message>
        <source>Cannot highlight the wrongly declared fields</source>
        <translation>Die falsch deklarierten Felder können nicht hervorgehoben werden</translation>
    </message>
    <message>
        <source>Canceled after %1; the previous judgement is kept</source>
        <translation>Nach %1 abgebrochen; die vorige Beurteilung bleibt</translation>
    </message>
    <message>
        <source>%1: %L2 candidates; dropping the lowest %L3 % of them by posterior (below %L4) keeps %L5 pixels.</source>
        <translation>%1: %L2 Kandidaten; das Verwerfen der untersten %L3 % nach A-posteriori-Wahrscheinlichkeit (unter %L4) behält %L5 Pixel.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 wird %2.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The language changes when cropmap is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von cropmap.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::PriorChart</name>
    <message>
        <source>S: training samples over all classes</source>
        <translation>S: Trainingsstichproben über alle Klassen</translation>
    </message>
    <message>
        <source>k_boost multiplies the priors of the least-present classes</source>
        <translation>k_boost vervielfacht die A-priori-Anteile der seltensten Klassen</translation>
    </message>
    <message>
        <source>k_min is added to the shares of the least-present classes</source>
        <translation>k_min wird zu den Anteilen der seltensten Klassen addiert</translation>
    </message>
    <message>
        <source>τ is this percentile of the priors, in percent</source>
        <translation>τ ist dieses Perzentil der A-priori-Anteile, in Prozent</translation>
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
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>prior p_u</source>
        <translation>A-priori-Anteil p_u</translation>
    </message>
    <message>
        <source>No class has parcels yet: assign declared values to classes.</source>
        <translation>Noch hat keine Klasse Schläge: Ordnen Sie deklarierte Werte Klassen zu.</translation>
    </message>
    <message>
        <source>No target classes yet: open a project or load a legend.</source>
        <translation>Noch keine Zielklassen: Öffnen Sie ein Projekt oder laden Sie eine Legende.</translation>
    </message>
    <message>
        <source>τ = %L1; %L2 of %L3 classes in the least-present group (hatched); %L4 samples planned.</source>
        <translation>τ = %L1; %L2 von %L3 Klassen in der am wenigsten vertretenen Gruppe (schraffiert); %L4 Stichproben geplant.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::ResultsView</name>
    <message>
        <source>No accuracy report yet: run the Evaluate step.</source>
        <translation>Noch kein Genauigkeitsbericht: Führen Sie den Schritt „Bewerten“ aus.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Reference px</source>
        <translation>Referenz px</translation>
    </message>
    <message>
        <source>Map px</source>
        <translation>Karte px</translation>
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
        <translation>Gegen die Flächenangaben</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Gegen %1</translation>
    </message>
    <message>
        <source>Cannot read the report &quot;%1&quot;: %2</source>
        <translation>Der Bericht „%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot show the results</source>
        <translation>Die Ergebnisse lassen sich nicht anzeigen</translation>
    </message>
    <message>
        <source>reference %1, map %2: %L3 px
%4 % of the reference row, %5 % of the map column</source>
        <translation>Referenz %1, Karte %2: %L3 px
%4 % der Referenzzeile, %5 % der Kartenspalte</translation>
    </message>
    <message>
        <source>%1 (%L2 test pixels): OA %3, kappa %4, macro F1 %5, min F1 %6 (%7)</source>
        <translation>%1 (%L2 Testpixel): OA %3, Kappa %4, Makro-F1 %5, min. F1 %6 (%7)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>
%1: OA %2, macro F1 %3</source>
        <translation>
%1: OA %2, Makro-F1 %3</translation>
    </message>
    <message>
        <source>Cannot select the pixels</source>
        <translation>Die Pixel lassen sich nicht auswählen</translation>
    </message>
    <message>
        <source>
Click to show these pixels on the map.</source>
        <translation>
Klicken, um diese Pixel auf der Karte zu zeigen.</translation>
    </message>
    <message>
        <source>%1 mapped as %2</source>
        <translation>%1 kartiert als %2</translation>
    </message>
    <message>
        <source>Export matrix as CSV…</source>
        <translation>Matrix als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save a copy of the evaluate step&apos;s HTML report</source>
        <translation>Eine Kopie des HTML-Berichts des Bewertungsschritts speichern</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>PA, UA, F1</source>
        <translation>PA, UA, F1</translation>
    </message>
    <message>
        <source>No accuracy report to export to &quot;%1&quot;</source>
        <translation>Kein Genauigkeitsbericht zum Export nach „%1“</translation>
    </message>
    <message>
        <source>reference \ map</source>
        <translation>Referenz \ Karte</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>Mapped (%1)</source>
        <translation>Kartiert (%1)</translation>
    </message>
    <message>
        <source>Estimated (%1), 95 %</source>
        <translation>Geschätzt (%1), 95 %</translation>
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
        <translation>Dieser Bericht hat keine kartierten Flächen (mit den Klassenkarten evaluieren).</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Stratified estimates (Olofsson et al. 2014), overall accuracy %1. </source>
        <translation>Stratifizierte Schätzungen (Olofsson et al. 2014), Gesamtgenauigkeit %1. </translation>
    </message>
    <message>
        <source>Standard errors at parcel level: %L1 test parcels, each one cluster.</source>
        <translation>Standardfehler auf Parzellenebene: %L1 Testparzellen, jede ein Cluster.</translation>
    </message>
    <message>
        <source>Standard errors at pixel level (pixels taken as independent: too narrow when the test pixels are whole parcels).</source>
        <translation>Standardfehler auf Pixelebene (Pixel als unabhängig angenommen: zu eng, wenn die Testpixel ganze Parzellen sind).</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::SelectionView</name>
    <message>
        <source>No selection yet: run the Select step.</source>
        <translation>Noch keine Auswahl: Führen Sie den Schritt „Zuverlässige Stichproben auswählen“ aus.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Declared px</source>
        <translation>Deklariert px</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>r_u</source>
        <translation>r_u</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Dropped (disagreeing)</source>
        <translation>Verworfen (abweichend)</translation>
    </message>
    <message>
        <source>Dropped (agreeing)</source>
        <translation>Verworfen (übereinstimmend)</translation>
    </message>
    <message>
        <source>Wrongly declared</source>
        <translation>Falsch deklariert</translation>
    </message>
    <message>
        <source>Of those removed</source>
        <translation>Davon entfernt</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>dropped, prediction disagrees</source>
        <translation>verworfen, Vorhersage weicht ab</translation>
    </message>
    <message>
        <source>dropped, low confidence or bad parcel</source>
        <translation>verworfen, geringe Konfidenz oder schlechter Schlag</translation>
    </message>
    <message>
        <source>Cannot read the selection &quot;%1&quot;: %2</source>
        <translation>Die Auswahl „%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot show the selection</source>
        <translation>Die Auswahl lässt sich nicht anzeigen</translation>
    </message>
    <message>
        <source>%L1 of %L2 declared pixels kept as reliable.</source>
        <translation>%L1 von %L2 deklarierten Pixeln als zuverlässig behalten.</translation>
    </message>
    <message>
        <source> Cleaning against the synthetic truth: %L1 of %L2 wrongly declared pixels removed (recall %3), %4 of the removed were wrong (precision), %5 of the correct ones kept.</source>
        <translation> Bereinigung gegenüber der synthetischen Wahrheit: %L1 von %L2 falsch deklarierten Pixeln entfernt (Recall %3), %4 der entfernten waren falsch (Präzision), %5 der richtigen behalten.</translation>
    </message>
    <message>
        <source>Declared pixels of the class in the train pool</source>
        <translation>Deklarierte Pixel der Klasse im Trainingspool</translation>
    </message>
    <message>
        <source>Declared pixels the weak model also predicts as the class</source>
        <translation>Deklarierte Pixel, die auch das schwache Modell als diese Klasse vorhersagt</translation>
    </message>
    <message>
        <source>Disagreement rate: the share of declared pixels the weak model predicts otherwise</source>
        <translation>Abweichungsrate: der Anteil deklarierter Pixel, die das schwache Modell anders vorhersagt</translation>
    </message>
    <message>
        <source>Pixels kept for retraining. A class kept whole (r_u below the adaptive floor, or rule none) keeps its disagreeing pixels too, so its kept count can exceed its candidates.</source>
        <translation>Für das erneute Training behaltene Pixel. Eine ganz behaltene Klasse (r_u unter der adaptiven Untergrenze, oder Regel none) behält auch ihre abweichenden Pixel, daher kann ihre Zahl behaltener Pixel die der Kandidaten übersteigen.</translation>
    </message>
    <message>
        <source>Declared pixels dropped because the weak model predicts another class</source>
        <translation>Deklarierte Pixel, verworfen, weil das schwache Modell eine andere Klasse vorhersagt</translation>
    </message>
    <message>
        <source>Candidates dropped for low confidence or as part of a disagreeing parcel</source>
        <translation>Kandidaten, verworfen wegen geringer Konfidenz oder als Teil einer abweichenden Parzelle</translation>
    </message>
    <message>
        <source>Synthetic scenes: declared pixels whose true class differs</source>
        <translation>Synthetische Szenen: deklarierte Pixel, deren wahre Klasse abweicht</translation>
    </message>
    <message>
        <source>Synthetic scenes: wrongly declared pixels the selection removed</source>
        <translation>Synthetische Szenen: falsch deklarierte Pixel, die die Auswahl entfernt hat</translation>
    </message>
    <message>
        <source>Kept whole: all %L1 declared pixels, disagreeing ones included</source>
        <translation>Ganz behalten: alle %L1 deklarierten Pixel, abweichende eingeschlossen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Why a class was kept whole</source>
        <translation>Warum eine Klasse ganz behalten wurde</translation>
    </message>
    <message>
        <source>%1 (kept %L2 &gt; candidates %L3) is %4.</source>
        <translation>%1 (behalten %L2 &gt; Kandidaten %L3) wird %4.</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::StepOptionsEditor</name>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value (empty: default)</source>
        <translation>Wert (leer: Vorgabe)</translation>
    </message>
    <message>
        <source>Invalid option</source>
        <translation>Ungültige Option</translation>
    </message>
    <message>
        <source>Filter options (say mix, rate or a value)</source>
        <translation>Optionen filtern (etwa mix, rate oder ein Wert)</translation>
    </message>
    <message>
        <source>Set in the project file</source>
        <translation>In der Projektdatei gesetzt</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::TableExport</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read the report &quot;%1&quot;: %2</source>
        <translation>Der Bericht „%1“ kann nicht gelesen werden: %2</translation>
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
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Schläge</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
</context>
<context>
    <name>cropmap::ui::TrainingMonitor</name>
    <message>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>train OA</source>
        <translation>Trainings-OA</translation>
    </message>
    <message>
        <source>validation OA</source>
        <translation>Validierungs-OA</translation>
    </message>
    <message>
        <source>validation macro F1</source>
        <translation>Validierungs-Makro-F1</translation>
    </message>
    <message>
        <source>Weak model (stage 1 and 2)</source>
        <translation>Schwaches Modell (Stufe 1 und 2)</translation>
    </message>
    <message>
        <source>Final model (stage 1 and 2)</source>
        <translation>Endgültiges Modell (Stufe 1 und 2)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>OA / macro F1</source>
        <translation>OA / Makro-F1</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <source>validation check (stage 1, then stage 2)</source>
        <translation>Validierungsprüfung (Stufe 1, dann Stufe 2)</translation>
    </message>
    <message>
        <source>No validation checks yet: run the Train step.</source>
        <translation>Noch keine Validierungsprüfungen: Führen Sie den Trainingsschritt aus.</translation>
    </message>
    <message>
        <source>No validation checks yet</source>
        <translation>Noch keine Validierungsprüfungen</translation>
    </message>
    <message numerus="yes">
        <source>%n validation checks; dotted: the kept check of each stage</source>
        <translation>
            <numerusform>%n Validierungsprüfung; gepunktet: die behaltene Prüfung jeder Stufe</numerusform>
            <numerusform>%n Validierungsprüfungen; gepunktet: die behaltene Prüfung jeder Stufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cropmap::ui::WrongDeclarations</name>
    <message>
        <source>&quot;%1&quot; has no attribute %2: only synthetic scenes know their wrong declarations</source>
        <translation>„%1“ hat kein Attribut %2: Nur synthetische Szenen kennen ihre falschen Deklarationen</translation>
    </message>
    <message>
        <source>Cannot filter &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gefiltert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the wrongly declared parcels to &quot;%1&quot;: %2</source>
        <translation>Die falsch deklarierten Parzellen können nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>The declaration check needs %1 &quot;%2&quot;, which does not exist</source>
        <translation>Die Deklarationsprüfung braucht %1 „%2“, das nicht existiert</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3) is not on the grid of the parcel raster (%4)</source>
        <translation>%1 „%2“ (%3) liegt nicht auf dem Gitter des Schlagrasters (%4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cropmap desktop GIS: composites, parcels and crop maps.</source>
        <translation>cropmap-Desktop-GIS: Komposite, Schläge und Kulturartenkarten.</translation>
    </message>
    <message>
        <source>A project (.json) or raster and vector files.</source>
        <translation>Ein Projekt (.json) oder Raster- und Vektordateien.</translation>
    </message>
    <message>
        <source>Render the window into &lt;png&gt; and quit.</source>
        <translation>Das Fenster in &lt;png&gt; zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>Month step of the stack to show.</source>
        <translation>Anzuzeigender Monat des Stapels.</translation>
    </message>
    <message>
        <source>View extent in map units.</source>
        <translation>Kartenausschnitt in Karteneinheiten.</translation>
    </message>
    <message>
        <source>Identify at a map point.</source>
        <translation>An einem Kartenpunkt abfragen.</translation>
    </message>
    <message>
        <source>Show stacks in false colour (B08/B04/B03).</source>
        <translation>Stapel in Falschfarben zeigen (B08/B04/B03).</translation>
    </message>
    <message>
        <source>Fill the parcels by this attribute.</source>
        <translation>Schläge nach diesem Attribut füllen.</translation>
    </message>
    <message>
        <source>Raise this dock (legendDock, pipelineDock, trainingDock, …).</source>
        <translation>Dieses Dock nach vorne holen (legendDock, pipelineDock, trainingDock, …).</translation>
    </message>
    <message>
        <source>Hide the layers whose name contains this text.</source>
        <translation>Die Layer ausblenden, deren Name diesen Text enthält.</translation>
    </message>
    <message>
        <source>Select this step in the Pipeline dock.</source>
        <translation>Diesen Schritt im Dock „Verarbeitungskette“ auswählen.</translation>
    </message>
    <message>
        <source>Show the final model&apos;s training curves.</source>
        <translation>Die Trainingskurven des endgültigen Modells zeigen.</translation>
    </message>
    <message>
        <source>Filter text of the legend editor.</source>
        <translation>Filtertext des Legendeneditors.</translation>
    </message>
    <message>
        <source>Show the layers whose name contains this text.</source>
        <translation>Die Layer einblenden, deren Name diesen Text enthält.</translation>
    </message>
    <message>
        <source>Show the test pixels of this confusion-matrix cell (reference,map class indices).</source>
        <translation>Die Testpixel dieser Zelle der Konfusionsmatrix zeigen (Klassenindizes Referenz,Karte).</translation>
    </message>
    <message>
        <source>Judge the pool with the weak model and show this class&apos;s posteriors.</source>
        <translation>Den Pool mit dem schwachen Modell beurteilen und die A-posteriori-Wahrscheinlichkeiten dieser Klasse zeigen.</translation>
    </message>
    <message>
        <source>Show this table in the Experiments dock (table1, table2, table3).</source>
        <translation>Diese Tabelle im Experimente-Dock zeigen (table1, table2, table3).</translation>
    </message>
    <message>
        <source>Outline the wrongly declared fields of a synthetic scene.</source>
        <translation>Die falsch deklarierten Felder einer synthetischen Szene umranden.</translation>
    </message>
    <message>
        <source>Select the parcel with this key in the Parcels dock.</source>
        <translation>Den Schlag mit diesem Schlüssel im Dock „Schläge“ auswählen.</translation>
    </message>
    <message>
        <source>Series the Parcels dock plots (NDVI or a band).</source>
        <translation>Zeitreihe, die das Dock „Schläge“ darstellt (NDVI oder ein Band).</translation>
    </message>
    <message>
        <source>With --screenshot: also export the map view (Map → Export) to this PNG or PDF.</source>
        <translation>Mit --screenshot: zusätzlich die Kartenansicht (Karte → Exportieren) in diese PNG- oder PDF-Datei exportieren.</translation>
    </message>
    <message>
        <source>Show this tab of the Results dock (0 confusion matrix, 1 PA, UA, F1).</source>
        <translation>Diesen Reiter des Docks „Ergebnisse“ zeigen (0 Konfusionsmatrix, 1 PA, UA, F1).</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>&quot;%1&quot;, line %2: empty group</source>
        <translation>„%1“, Zeile %2: leere Gruppe</translation>
    </message>
</context>
</TS>
