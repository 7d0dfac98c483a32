/** TypeORM: data sources, entity managers and repositories. */
import type { ClientLibrary } from './library.js';

export const TYPEORM: ClientLibrary[] = [
  {
    label: 'typeorm',
    modules: ['typeorm'],
    kind: 'db',
    exports: { DataSource: 'constructor', createConnection: 'factory', getRepository: 'factory', getManager: 'factory', getConnection: 'factory' },
    types: ['Repository', 'EntityManager', 'DataSource', 'Connection', 'TreeRepository', 'MongoRepository', 'QueryRunner'],
    derive: ['getRepository', 'getTreeRepository', 'getMongoRepository', 'manager', 'createQueryRunner', 'withRepository'],
    builder: true,
    // A query builder is built in memory and runs at its terminal method.
    pipeline: {
      methods: ['createQueryBuilder'],
      flush: ['getMany', 'getOne', 'getOneOrFail', 'getRawMany', 'getRawOne', 'getCount', 'getManyAndCount', 'getRawAndEntities', 'getExists', 'execute', 'stream'],
      name: 'queryBuilder',
    },
    ignore: ['create', 'merge', 'hasId', 'getId', 'metadata', 'target', 'initialize', 'destroy', 'getMetadata', 'hasMetadata', 'isInitialized', 'options'],
    batches: [
      { batch: 'findBy', single: ['findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail'], when: 'in-filter' },
      { batch: 'find', single: ['findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail'], when: 'in-filter' },
      { batch: 'insert', single: ['insert', 'save'], when: 'array-arg' },
      { batch: 'save', single: ['save'], when: 'array-arg' },
    ],
  },
];
