-- VillageRegistered revision 2 records the province; older villages have none recorded ('').
ALTER TABLE village_view ADD COLUMN province TEXT NOT NULL DEFAULT '';
