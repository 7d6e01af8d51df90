/**
 * What the engine knows about application groupings. Conditional Access treats `Office365`,
 * `MicrosoftAdminPortals` and the Windows Azure Service Management API as groups of services.
 *
 * Office 365: Learn's "Apps included in Conditional Access Office 365 app suite" is the detailed
 * list of what the suite includes, by display name (`src/data/office365-apps.json`). An app whose
 * name the engine knows (built-in tables, or the reader's pasted names) is a member when its name
 * is on that list and is not one otherwise (Azure DevOps, the Azure portal, Microsoft Graph…);
 * an app whose name it does not know is "cannot tell", with the way out: paste its name.
 *
 * Microsoft Admin Portals and the Service Management API: Learn names some members and says the
 * list grows ("We're continually adding more administrative portals"), so only the documented
 * members and a few services that are clearly outside are decided; any other app is "cannot tell".
 *
 * Sources: Learn, reference-office-365-application-contents (ms.date 12/06/2024), and
 * "Conditional Access: Target resources" (concept-conditional-access-cloud-apps).
 */
import office365 from '../../data/office365-apps.json' with { type: 'json' };
import { builtInNames, type NameBook } from './names.ts';
import type { Tri } from './types.ts';

/** A display name as Learn's list compares: lower case, without "(formerly …)" or "[…]" notes. */
export const appNameKey = (name: string) =>
  name
    .replace(/\s*[([][^)\]]*[)\]]\s*$/, '')
    .trim()
    .toLowerCase();

const office365Names = new Set(office365.names.map(appNameKey));

/** Whether an app belongs to the Office 365 suite, by its name on Learn's list. */
export function office365Member(appId: string, names: NameBook = builtInNames): Tri {
  if (appId.toLowerCase() === 'office365') return 'yes';
  const entry = names.get(appId);
  if (!entry) return 'unknown';
  return office365Names.has(appNameKey(entry.name)) ? 'yes' : 'no';
}

export const WINDOWS_AZURE_SERVICE_MANAGEMENT_API = '797f4846-ba00-4fd7-ba43-dac1f8f63013';

const office365Members = [
  'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft Office
  '00000006-0000-0ff1-ce00-000000000000', // Microsoft Office 365 Portal
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Microsoft Teams
  'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', // Microsoft Teams Services
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Microsoft Teams Web Client
  '00000002-0000-0ff1-ce00-000000000000', // Office 365 Exchange Online
  '00000003-0000-0ff1-ce00-000000000000', // Office 365 SharePoint Online
  '4b233688-031c-404b-9a80-a4f3f2351f90', // Office.com
  '4765445b-32c6-49b0-83e6-1d93765276ca', // OfficeHome
  'ab9b8c07-8f02-4f72-87fa-80105867a763', // OneDrive SyncEngine
  '2d4d3d8e-2be3-4bef-9f87-7875a61c29de', // OneNote
  '00000005-0000-0ff1-ce00-000000000000', // Viva Engage
];
/** Services Learn's complete Office 365 list does not name. */
const office365NonMembers = [
  '00000003-0000-0000-c000-000000000000', // Microsoft Graph
  '00000002-0000-0000-c000-000000000000', // Windows Azure Active Directory
  WINDOWS_AZURE_SERVICE_MANAGEMENT_API,
  'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', // Azure Portal
];

const adminPortalMembers = [
  'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', // Azure Portal
  '497effe9-df71-4043-a8bb-14cf78c4b63b', // Exchange Admin Center
];
/** Resources that are not administrative portals. */
const adminPortalNonMembers = [
  '00000002-0000-0ff1-ce00-000000000000', // Office 365 Exchange Online
  '00000003-0000-0ff1-ce00-000000000000', // Office 365 SharePoint Online
];

const serviceManagementMembers = [
  WINDOWS_AZURE_SERVICE_MANAGEMENT_API,
  'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', // Azure Portal
];
const serviceManagementNonMembers = [...office365Members, '00000003-0000-0000-c000-000000000000'];

/** The groupings a policy can name, by the value Graph stores. */
export const bundles: Readonly<Record<string, { members: string[]; nonMembers: string[] }>> = {
  office365: { members: office365Members, nonMembers: office365NonMembers },
  microsoftadminportals: { members: adminPortalMembers, nonMembers: adminPortalNonMembers },
  [WINDOWS_AZURE_SERVICE_MANAGEMENT_API]: {
    members: serviceManagementMembers,
    nonMembers: serviceManagementNonMembers,
  },
};

/** Whether `value` (a policy entry) names a grouping. */
export function isBundle(value: string): boolean {
  return value.toLowerCase() in bundles;
}

/** Whether the app `appId` belongs to the grouping `bundle`: yes, no, or cannot tell. */
export function bundleMember(bundle: string, appId: string, names?: NameBook): Tri {
  if (bundle.toLowerCase() === 'office365') return office365Member(appId, names);
  const b = bundles[bundle.toLowerCase()];
  if (!b) return 'unknown';
  const id = appId.toLowerCase();
  if (id === bundle.toLowerCase() || b.members.includes(id)) return 'yes';
  return b.nonMembers.includes(id) ? 'no' : 'unknown';
}

/**
 * Clients whose sign-ins reach a known resource: Learn says Azure CLI and Azure PowerShell go
 * through the Windows Azure Service Management API. Used when a details block gives the client.
 */
export const clientResources: Readonly<Record<string, string>> = {
  '04b07795-8ddb-461a-bbee-02f9e1bf7b46': WINDOWS_AZURE_SERVICE_MANAGEMENT_API, // Azure CLI
  '1950a258-227b-4e31-a9cf-717495945fc2': WINDOWS_AZURE_SERVICE_MANAGEMENT_API, // Azure PowerShell
};
